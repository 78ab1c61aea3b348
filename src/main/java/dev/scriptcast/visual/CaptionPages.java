package dev.scriptcast.visual;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.scriptcast.captions.Breaks;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;

/**
 * Splits the spoken words into one-line caption pages, the words between breaks spread evenly over as few
 * lines as fit the width (a word wider than a line, such as a URL, is cut into parts that fit); a page also ends
 * at a pause (the speech engines pause at commas and sentence ends; words carry no punctuation), or
 * where the script moves to another line or another speaker. A page stays up until the next one starts
 * or a short hold after its last word.
 */
final class CaptionPages {
    static final long BREAK_AT_PAUSE_MS = 300;
    static final long HOLD_MS = 800;
    static final long LONG_PAUSE_MS = 1000;

    /** One caption line: its words (with times) and when it is on screen. */
    record Page(List<Timed<Word>> words, long startMs, long endMs) {
        String text() {
            return String.join(" ", words.stream().map(w -> w.value().text()).toList());
        }

        /** The word being spoken at {@code timeMs}, or the last one already spoken. */
        int currentWord(long timeMs) {
            int current = 0;
            for (int i = 1; i < words.size() && words.get(i).startMs() <= timeMs; i++) {
                current = i;
            }
            return current;
        }
    }

    private CaptionPages() {}

    static List<Page> paginate(Timeline<Word> words, FontMetrics metrics, int maxWidth) {
        List<List<Timed<Word>>> groups = new ArrayList<>();
        List<Timed<Word>> run = new ArrayList<>();
        for (Timed<Word> w : words.items()) {
            if (w.value().text().isBlank()) {
                continue;
            }
            if (!run.isEmpty() && (pauseBreaks(run.getLast(), w)
                    || w.value().scriptLine() != run.getLast().value().scriptLine()
                    || !java.util.Objects.equals(w.value().speaker(), run.getLast().value().speaker()))) {
                groups.addAll(balanced(run, metrics, maxWidth));
                run = new ArrayList<>();
            }
            List<Timed<Word>> parts = parts(w, metrics, maxWidth);
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    groups.addAll(balanced(run, metrics, maxWidth));
                    run = new ArrayList<>();
                }
                run.add(parts.get(i));
            }
        }
        groups.addAll(balanced(run, metrics, maxWidth));
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Timed<Word>> g = groups.get(i);
            long end = g.getLast().endMs() + HOLD_MS;
            if (i + 1 < groups.size()) {
                end = Math.min(end, groups.get(i + 1).getFirst().startMs());
            }
            pages.add(new Page(List.copyOf(g), g.getFirst().startMs(), Math.max(end, g.getLast().endMs())));
        }
        return pages;
    }

    /** A pause ends a line, unless the word before it leans on the next ("e.g.", "the") and the pause is short. */
    private static boolean pauseBreaks(Timed<Word> before, Timed<Word> next) {
        long gap = next.startMs() - before.endMs();
        return gap > BREAK_AT_PAUSE_MS && (gap > LONG_PAUSE_MS || !Breaks.leans(before.value().text()));
    }

    /**
     * The run of words on as few lines as greedy filling needs, but with the words spread evenly over them
     * (the widest line as narrow as possible), so no line is left holding one word.
     */
    static List<List<Timed<Word>>> balanced(List<Timed<Word>> run, FontMetrics metrics, int maxWidth) {
        int n = run.size();
        if (n == 0) {
            return List.of();
        }
        int[][] width = new int[n][n + 1];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j <= n; j++) {
                width[i][j] = metrics.stringWidth(String.join(" ", run.subList(i, j).stream()
                        .map(w -> w.value().text()).toList()));
            }
        }
        int lines = 0;
        for (int i = 0; i < n; lines++) {
            int j = i + 1;
            while (j < n && width[i][j + 1] <= maxWidth) {
                j++;
            }
            i = j;
        }
        // widest[k][i]: the narrowest widest line for words i.. on k lines; cut[k][i] where the first line ends
        int[][] widest = new int[lines + 1][n + 1];
        int[][] cut = new int[lines + 1][n + 1];
        for (int[] row : widest) {
            Arrays.fill(row, Integer.MAX_VALUE);
        }
        widest[0][n] = 0;
        for (int k = 1; k <= lines; k++) {
            for (int i = n - 1; i >= 0; i--) {
                for (int j = i + 1; j <= n; j++) {
                    if (widest[k - 1][j] == Integer.MAX_VALUE || j > i + 1 && width[i][j] > maxWidth) {
                        continue;
                    }
                    int w = Math.max(width[i][j], widest[k - 1][j]);
                    if (w < widest[k][i]) {
                        widest[k][i] = w;
                        cut[k][i] = j;
                    }
                }
            }
        }
        List<List<Timed<Word>>> out = new ArrayList<>();
        for (int k = lines, i = 0; k > 0; k--) {
            out.add(run.subList(i, cut[k][i]));
            i = cut[k][i];
        }
        return out;
    }

    /** The word itself, or when wider than a line, parts that fit, cut after a URL separator where possible. */
    static List<Timed<Word>> parts(Timed<Word> word, FontMetrics metrics, int maxWidth) {
        String text = word.value().text();
        if (metrics.stringWidth(text) <= maxWidth) {
            return List.of(word);
        }
        List<Timed<Word>> parts = new ArrayList<>();
        long span = word.endMs() - word.startMs();
        int from = 0;
        while (from < text.length()) {
            int to = from + 1;
            while (to < text.length() && metrics.stringWidth(text.substring(from, to + 1)) <= maxWidth) {
                to++;
            }
            if (to < text.length()) {
                for (int c = to; c > from + (to - from) / 2; c--) {
                    if (Breaks.breaksAfter(text.charAt(c - 1))) {
                        to = c;
                        break;
                    }
                }
            }
            parts.add(new Timed<>(word.startMs() + span * from / text.length(),
                    word.startMs() + span * to / text.length(),
                    new Word(text.substring(from, to), word.value().scriptLine(), word.value().speaker())));
            from = to;
        }
        return parts;
    }
}
