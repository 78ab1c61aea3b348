package dev.scriptcast.captions;

import java.util.List;

/** One caption on screen from {@code startMs} to {@code endMs}: one or two lines. */
public record Cue(long startMs, long endMs, List<String> lines) {
    public Cue {
        lines = List.copyOf(lines);
    }

    public long durationMs() {
        return endMs - startMs;
    }
}
