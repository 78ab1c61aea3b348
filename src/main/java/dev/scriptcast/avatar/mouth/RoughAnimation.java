package dev.scriptcast.avatar.mouth;

import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;

/**
 * Pass 2: picks one shape per rule, each the allowed shape closest to where the mouth is coming from, and
 * lets a clear vowel shape the phones just before it (anticipation, as real lips do).
 */
public final class RoughAnimation {
    private static final long MAX_ANTICIPATION_MS = 200;

    private RoughAnimation() {}

    public static Timeline<MouthShape> apply(Timeline<ShapeRule> rules) {
        if (rules.isEmpty()) {
            return Timeline.empty();
        }
        Track<MouthShape> track = new Track<>(rules.get(0).startMs(), rules.endMs(), MouthShape.X);
        MouthShape reference = MouthShape.X;
        long lastAnticipatedStartMs = Long.MIN_VALUE;
        for (int i = 0; i < rules.size(); i++) {
            Timed<ShapeRule> rule = rules.get(i);
            MouthShape shape = reference.closestOf(rule.value().shapes());
            track.set(rule.startMs(), rule.endMs(), shape);
            if (rule.value().anticipated()) {
                anticipate(rules, i, shape, lastAnticipatedStartMs, track);
                lastAnticipatedStartMs = rule.startMs();
                reference = shape;
            } else {
                reference = shape.relaxed();
            }
        }
        return track.toTimeline(true);
    }

    /** Walks back from rule {@code index}, reshaping earlier rules toward {@code target} while they resemble it. */
    private static void anticipate(Timeline<ShapeRule> rules, int index, MouthShape target, long stopAtMs,
            Track<MouthShape> track) {
        long targetStartMs = rules.get(index).startMs();
        MouthShape reference = target;
        for (int j = index - 1; j >= 0; j--) {
            Timed<ShapeRule> earlier = rules.get(j);
            if (earlier.startMs() == stopAtMs || targetStartMs - earlier.startMs() > MAX_ANTICIPATION_MS) {
                return;
            }
            MouthShape shape = reference.closestOf(earlier.value().shapes());
            track.set(earlier.startMs(), earlier.endMs(), shape);
            if (shape.basic() != target.basic()) {
                return;
            }
            reference = shape;
        }
    }
}
