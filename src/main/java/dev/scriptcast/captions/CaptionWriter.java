package dev.scriptcast.captions;

import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Caption files (SRT and WebVTT) from the word timeline, following common broadcast practice: at most two
 * lines of 42 characters, each cue on screen 1 to 7 s, cues ending at sentence ends, long ones split at a
 * clause (comma, semicolon, colon, dash) where possible. Cues start when their first word is spoken.
 */
public final class CaptionWriter {
    static final int MAX_LINE = 42;
    static final long MIN_CUE_MS = 1000;
    static final long MAX_CUE_MS = 7000;
    /** A silence this long (a paragraph break or pause) always starts a new cue. */
    private static final long BREAK_GAP_MS = 1500;

    private CaptionWriter() {}

    /** Writes {@code srt} and {@code vtt}; returns the cues. */
    public static List<Cue> write(Timeline<Word> words, Path srt, Path vtt) throws IOException {
        List<Cue> cues = cues(words);
        Files.writeString(srt, srt(cues), StandardCharsets.UTF_8);
        Files.writeString(vtt, vtt(cues), StandardCharsets.UTF_8);
        return cues;
    }

    public static List<Cue> cues(Timeline<Word> words) {
        List<List<Timed<Word>>> groups = new ArrayList<>();
        List<Timed<Word>> current = new ArrayList<>();
        for (Timed<Word> word : words.items()) {
            if (word.value().text().isBlank()) {
                continue;
            }
            if (!current.isEmpty() && word.startMs() - current.getLast().endMs() >= BREAK_GAP_MS) {
                groups.add(current);
                current = new ArrayList<>();
            }
            List<Timed<Word>> candidate = new ArrayList<>(current);
            candidate.add(word);
            if (current.isEmpty() || fits(candidate)) {
                current = candidate;
            } else {
                int clause = lastClauseEnd(current);
                groups.add(new ArrayList<>(current.subList(0, clause + 1)));
                current = new ArrayList<>(current.subList(clause + 1, current.size()));
                current.add(word);
                if (!fits(current)) {
                    groups.add(new ArrayList<>(current.subList(0, current.size() - 1)));
                    current = new ArrayList<>(List.of(word));
                }
            }
            if (endsSentence(word) && spanMs(current) >= MIN_CUE_MS) {
                groups.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return timed(groups);
    }

    private static boolean fits(List<Timed<Word>> words) {
        return spanMs(words) <= MAX_CUE_MS && lines(text(words)) != null;
    }

    private static long spanMs(List<Timed<Word>> words) {
        return words.getLast().endMs() - words.getFirst().startMs();
    }

    /** Index of the last word ending a clause that leaves a cue of at least 1 s, else the cue's last word. */
    private static int lastClauseEnd(List<Timed<Word>> words) {
        for (int i = words.size() - 2; i >= 1; i--) {
            if (words.get(i).value().text().matches(".*[,;:—–]$")
                    && words.get(i).endMs() - words.getFirst().startMs() >= MIN_CUE_MS) {
                return i;
            }
        }
        return words.size() - 1;
    }

    private static boolean endsSentence(Timed<Word> word) {
        return word.value().text().matches(".*[.!?…][\"')\\]]*$");
    }

    private static String text(List<Timed<Word>> words) {
        return String.join(" ", words.stream().map(w -> w.value().text()).toList());
    }

    /** The text on one line, or split into two balanced lines, or null when it cannot fit. */
    static List<String> lines(String text) {
        if (text.length() <= MAX_LINE) {
            return List.of(text);
        }
        List<String> best = null;
        int bestLongest = Integer.MAX_VALUE;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            String first = text.substring(0, i);
            String second = text.substring(i + 1);
            int longest = Math.max(first.length(), second.length());
            if (longest <= MAX_LINE && longest < bestLongest) {
                best = List.of(first, second);
                bestLongest = longest;
            }
        }
        return best;
    }

    /** Cue times: from the first word's start to the last word's end, held to at least 1 s where room allows. */
    private static List<Cue> timed(List<List<Timed<Word>>> groups) {
        List<Cue> cues = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Timed<Word>> words = groups.get(g);
            long start = words.getFirst().startMs();
            long next = g + 1 < groups.size() ? groups.get(g + 1).getFirst().startMs() : Long.MAX_VALUE;
            long end = Math.min(Math.max(words.getLast().endMs(), start + MIN_CUE_MS), next);
            List<String> lines = lines(text(words));
            cues.add(new Cue(start, end, lines != null ? lines : List.of(text(words))));
        }
        return cues;
    }

    static String srt(List<Cue> cues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            out.append(i + 1).append('\n')
                    .append(time(cue.startMs(), ',')).append(" --> ").append(time(cue.endMs(), ',')).append('\n');
            cue.lines().forEach(line -> out.append(line).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    static String vtt(List<Cue> cues) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        for (Cue cue : cues) {
            out.append(time(cue.startMs(), '.')).append(" --> ").append(time(cue.endMs(), '.')).append('\n');
            cue.lines().forEach(line -> out.append(line.replace("&", "&amp;").replace("<", "&lt;")).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    private static String time(long ms, char separator) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d",
                ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, separator, ms % 1000);
    }
}
