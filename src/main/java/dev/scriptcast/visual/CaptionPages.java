package dev.scriptcast.visual;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;

/**
 * Splits the spoken words into one-line caption pages: a page ends where the next word would not fit the
 * width, at a pause (the speech engines pause at commas and sentence ends; words carry no punctuation), or
 * where the script moves to another line. A page stays up until the next one starts
 * or a short hold after its last word.
 */
final class CaptionPages {
    static final long BREAK_AT_PAUSE_MS = 300;
    static final long HOLD_MS = 800;

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
        List<Timed<Word>> line = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Timed<Word> w : words.items()) {
            if (w.value().text().isBlank()) {
                continue;
            }
            String candidate = text.isEmpty() ? w.value().text() : text + " " + w.value().text();
            boolean breakHere = !line.isEmpty() && (metrics.stringWidth(candidate) > maxWidth
                    || w.startMs() - line.getLast().endMs() > BREAK_AT_PAUSE_MS
                    || w.value().scriptLine() != line.getLast().value().scriptLine());
            if (breakHere) {
                groups.add(line);
                line = new ArrayList<>();
                candidate = w.value().text();
            }
            line.add(w);
            text.setLength(0);
            text.append(candidate);
        }
        if (!line.isEmpty()) {
            groups.add(line);
        }
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
}
