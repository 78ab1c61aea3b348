package dev.scriptcast.captions;

import java.util.List;

/**
 * One caption on screen from {@code startMs} to {@code endMs}: one or two lines, said by {@code speaker} (a
 * declared speaker's name, or null for the narrator).
 */
public record Cue(long startMs, long endMs, List<String> lines, String speaker) {
    public Cue {
        lines = List.copyOf(lines);
    }

    public Cue(long startMs, long endMs, List<String> lines) {
        this(startMs, endMs, lines, null);
    }

    public long durationMs() {
        return endMs - startMs;
    }
}
