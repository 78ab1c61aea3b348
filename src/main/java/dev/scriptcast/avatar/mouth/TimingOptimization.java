package dev.scriptcast.avatar.mouth;

import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Pass 3: removes jitter. Closed and open stretches shorter than a glance are pulled earlier into the time
 * before them; inside a stretch no shape lasts less than {@link #MIN_SHAPE_MS}, and each slot shows the
 * shape that dominated its time.
 */
public final class TimingOptimization {
    static final long MIN_SEGMENT_MS = 80;
    static final long MAX_EXTENSION_MS = 60;
    static final long MIN_SHAPE_MS = 70;

    private enum State { IDLE, CLOSED, OPEN }

    private TimingOptimization() {}

    public static Timeline<MouthShape> apply(Timeline<MouthShape> shapes) {
        if (shapes.isEmpty()) {
            return shapes;
        }
        List<Timed<State>> segments = Track.of(shapes.map(TimingOptimization::state), State.IDLE)
                .toTimeline(true).items();
        Track<MouthShape> result = new Track<>(shapes.get(0).startMs(), shapes.endMs(), MouthShape.X);
        long resultStart = shapes.endMs();
        for (int i = segments.size() - 1; i >= 0; i--) {
            Timed<State> segment = segments.get(i);
            if (segment.value() == State.IDLE) {
                continue;
            }
            resultStart = Math.min(segment.endMs(), resultStart);
            if (resultStart - segment.startMs() >= MIN_SEGMENT_MS) {
                retime(shapes, segment, segment.startMs(), resultStart, result);
                resultStart = segment.startMs();
                continue;
            }
            int end = i - 1;
            while (end >= 0 && segments.get(end).value() != State.IDLE
                    && segments.get(end).durationMs() < MIN_SEGMENT_MS) {
                end--;
            }
            int count = i - end;
            long current = segment.endMs() - segments.get(end + 1).startMs();
            long available = end >= 0 ? segments.get(end).durationMs() - 10 : 0;
            long extension = Math.max(0, Math.min(Math.min(MIN_SEGMENT_MS * count - current, available),
                    MAX_EXTENSION_MS));
            long targetStart = segments.get(end + 1).startMs() - extension;
            for (int k = i; k > end; k--) {
                long duration = (resultStart - targetStart) / (k - end);
                retime(shapes, segments.get(k), resultStart - duration, resultStart, result);
                resultStart -= duration;
            }
            i = end + 1;
        }
        return result.toTimeline(true);
    }

    private static State state(MouthShape shape) {
        return shape == MouthShape.X ? State.IDLE : shape == MouthShape.A ? State.CLOSED : State.OPEN;
    }

    /** Redraws the shapes of {@code source} into [targetStart, targetEnd), right to left, in slots. */
    private static void retime(Timeline<MouthShape> all, Timed<?> source, long targetStart, long targetEnd,
            Track<MouthShape> out) {
        List<Timed<MouthShape>> src = clip(all, source.startMs(), source.endMs());
        long write = targetEnd;
        while (write > targetStart) {
            long remaining = write - targetStart;
            long slot = remaining <= MIN_SHAPE_MS ? remaining
                    : remaining >= 2 * MIN_SHAPE_MS ? MIN_SHAPE_MS : remaining / 2;
            long windowStart = write - slot;
            long windowEnd = write == targetEnd ? Math.max(write, source.endMs()) : write;
            if (windowStart >= source.endMs()) {
                windowStart = src.getLast().startMs();
            }
            if (windowEnd <= source.startMs()) {
                windowEnd = src.getFirst().endMs();
            }
            List<Timed<MouthShape>> window = clip(src, windowStart, windowEnd);
            MouthShape shape = dominant(window);
            long extendedStart = window.getFirst().startMs();
            for (Timed<MouthShape> t : src) {
                if (t.endMs() > windowStart) {
                    extendedStart = t.startMs();
                    break;
                }
            }
            long slotStart = windowStart;
            if (extendedStart < windowStart && dominant(clip(src, extendedStart, windowEnd)) == shape) {
                slotStart = extendedStart;
            }
            if (slotStart <= source.startMs()) {
                slotStart = targetStart;
            }
            slotStart = Math.max(targetStart, Math.min(slotStart, write - 1));
            out.set(slotStart, write, shape);
            write = slotStart;
        }
    }

    private static List<Timed<MouthShape>> clip(Timeline<MouthShape> all, long fromMs, long toMs) {
        return clip(all.items(), fromMs, toMs);
    }

    private static List<Timed<MouthShape>> clip(List<Timed<MouthShape>> items, long fromMs, long toMs) {
        List<Timed<MouthShape>> out = new ArrayList<>();
        for (Timed<MouthShape> t : items) {
            long from = Math.max(t.startMs(), fromMs);
            long to = Math.min(t.endMs(), toMs);
            if (from < to) {
                out.add(new Timed<>(from, to, t.value()));
            }
        }
        return out;
    }

    /** The longest-showing shape; D wins over C when both appear, being the livelier of the two. */
    private static MouthShape dominant(List<Timed<MouthShape>> window) {
        Map<MouthShape, Long> weights = new EnumMap<>(MouthShape.class);
        for (Timed<MouthShape> t : window) {
            weights.merge(t.value(), t.durationMs(), Long::sum);
        }
        MouthShape best = weights.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return best == MouthShape.C && weights.containsKey(MouthShape.D) ? MouthShape.D : best;
    }
}
