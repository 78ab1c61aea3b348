package dev.scriptcast.avatar.mouth;

import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Pass 4: rest shapes between speech. A gap too short to notice keeps the previous shape, a short one
 * relaxes it, and only a real pause lets the mouth rest (X).
 */
public final class PauseAnimation {
    static final long HOLD_BELOW_MS = 120;
    static final long RELAX_UP_TO_MS = 350;

    private PauseAnimation() {}

    public static Timeline<MouthShape> apply(Timeline<MouthShape> shapes) {
        List<Timed<MouthShape>> items = shapes.items();
        List<Timed<MouthShape>> out = new ArrayList<>(items);
        for (int i = 1; i + 1 < items.size(); i++) {
            Timed<MouthShape> gap = items.get(i);
            if (gap.value() == MouthShape.X) {
                MouthShape shape = pauseShape(items.get(i - 1).value(), items.get(i + 1).value(), gap.durationMs());
                out.set(i, new Timed<>(gap.startMs(), gap.endMs(), shape));
            }
        }
        Track<MouthShape> joined = Track.of(new Timeline<>(out), MouthShape.X);
        return joined.toTimeline(true);
    }

    static MouthShape pauseShape(MouthShape previous, MouthShape next, long durationMs) {
        if (durationMs < HOLD_BELOW_MS) {
            return previous;
        }
        if (durationMs <= RELAX_UP_TO_MS) {
            // A rest shape equal to the next one would hide the pause, so relax until it differs.
            for (MouthShape current = previous; ; ) {
                MouthShape relaxed = current.relaxed();
                if (relaxed != next) {
                    return relaxed;
                }
                if (relaxed == current) {
                    break;
                }
                current = relaxed;
            }
        }
        return MouthShape.X;
    }
}
