package dev.scriptcast.timeline;

/** A value that holds from {@code startMs} (inclusive) to {@code endMs} (exclusive). */
public record Timed<T>(long startMs, long endMs, T value) {
    public Timed {
        if (endMs < startMs) {
            throw new IllegalArgumentException("end " + endMs + " before start " + startMs);
        }
    }

    public long durationMs() {
        return endMs - startMs;
    }

    public Timed<T> shiftedBy(long offsetMs) {
        return new Timed<>(startMs + offsetMs, endMs + offsetMs, value);
    }

    public boolean contains(long timeMs) {
        return timeMs >= startMs && timeMs < endMs;
    }
}
