package dev.scriptcast.captions;

import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The unit captions are laid out in: a written word, or a part of one too long to show in one cue (a URL that
 * is spoken for many seconds or is wider than a line). Parts of one word join without a space.
 */
record Piece(String text, long startMs, long endMs, boolean joinsPrevious) {
    static List<Piece> of(Timeline<Word> words, int maxChars, long maxMs) {
        List<Piece> pieces = new ArrayList<>();
        for (Timed<Word> word : words.items()) {
            String text = word.value().text();
            if (!text.isBlank()) {
                pieces.addAll(split(text, word.startMs(), word.endMs(), maxChars, maxMs));
            }
        }
        return pieces;
    }

    /** A word cut into the fewest near-equal parts that each fit, preferring cuts after separators. */
    static List<Piece> split(String text, long startMs, long endMs, int maxChars, long maxMs) {
        int parts = Math.max(ceilDiv(text.length(), maxChars), (int) ceilDiv(endMs - startMs, maxMs));
        parts = Math.min(parts, text.length());
        List<Piece> out = new ArrayList<>();
        int from = 0;
        for (int k = 1; k <= parts; k++) {
            int to = k == parts ? text.length() : cut(text, from, text.length() * k / parts, maxChars);
            long s = startMs + (endMs - startMs) * from / text.length();
            long e = startMs + (endMs - startMs) * to / text.length();
            out.add(new Piece(text.substring(from, to), s, e, k > 1));
            from = to;
        }
        return out;
    }

    /** The cut nearest {@code ideal} just after a separator, else {@code ideal}; never a part over maxChars. */
    private static int cut(String text, int from, int ideal, int maxChars) {
        int limit = Math.min(from + maxChars, text.length() - 1);
        int reach = Math.max(2, (ideal - from) / 3);
        for (int d = 0; d <= reach; d++) {
            for (int at : new int[] {ideal + d, ideal - d}) {
                if (at > from && at <= limit && Breaks.breaksAfter(text.charAt(at - 1))) {
                    return at;
                }
            }
        }
        return Math.min(Math.max(ideal, from + 1), limit);
    }

    private static int ceilDiv(long a, long b) {
        return (int) Math.max(1, (a + b - 1) / b);
    }
}
