package dev.scriptcast.avatar.mouth;

import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;

/** Pass 5: slips a brief in-between shape into jumps that would otherwise look like a pop. */
public final class Tweening {
    static final long MIN_TWEEN_MS = 40;
    static final long MAX_TWEEN_MS = 80;

    private enum Placement { EARLY, CENTRED, LATE }

    private record Tween(MouthShape shape, Placement placement) {}

    private Tweening() {}

    public static Timeline<MouthShape> apply(Timeline<MouthShape> shapes) {
        if (shapes.size() < 2) {
            return shapes;
        }
        Track<MouthShape> track = Track.of(shapes, MouthShape.X);
        for (int i = 0; i + 1 < shapes.size(); i++) {
            Timed<MouthShape> first = shapes.get(i);
            Timed<MouthShape> second = shapes.get(i + 1);
            Tween tween = tween(first.value(), second.value());
            if (tween == null) {
                continue;
            }
            long at = second.startMs();
            long duration = switch (tween.placement()) {
                case EARLY -> Math.min(first.durationMs() / 3, MAX_TWEEN_MS);
                case CENTRED -> Math.min(Math.min(first.durationMs() / 4, second.durationMs() / 4), MAX_TWEEN_MS);
                case LATE -> Math.min(second.durationMs() / 3, MAX_TWEEN_MS);
            };
            if (duration < MIN_TWEEN_MS) {
                continue;
            }
            long start = switch (tween.placement()) {
                case EARLY -> at - duration;
                case CENTRED -> at - duration / 2;
                case LATE -> at;
            };
            track.set(start, start + duration, tween.shape());
        }
        return track.toTimeline(true);
    }

    private static Tween tween(MouthShape first, MouthShape second) {
        return switch (first) {
            case D -> switch (second) {
                case A, G -> new Tween(MouthShape.C, Placement.EARLY);
                case B -> new Tween(MouthShape.C, Placement.CENTRED);
                case X -> new Tween(MouthShape.C, Placement.LATE);
                case F -> new Tween(MouthShape.E, Placement.CENTRED);
                default -> null;
            };
            case C -> second == MouthShape.F ? new Tween(MouthShape.E, Placement.CENTRED) : null;
            case F -> second == MouthShape.C ? new Tween(MouthShape.E, Placement.CENTRED)
                    : second == MouthShape.H ? new Tween(MouthShape.E, Placement.EARLY) : null;
            case H -> second == MouthShape.F ? new Tween(MouthShape.E, Placement.LATE) : null;
            default -> null;
        };
    }
}
