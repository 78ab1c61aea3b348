package dev.scriptcast.captions;

import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import dev.scriptcast.timeline.Timed;

/**
 * Caption files (SRT and WebVTT) from the word timeline, following common broadcast practice: at most two
 * lines of 42 characters, each cue on screen 1 to 7 s, cues ending at sentence ends, long ones split at a
 * clause (comma, semicolon, colon, dash) where possible and never after a word that leans on the next ("the",
 * "of"); "e.g." and "vs." do not end sentences. A word too long for one cue (a URL) is split across cues at its
 * separators. Cues start when their first word is spoken. A cue never holds two speakers' words; with speaker
 * names on, an SRT cue starts "NAME: " and a WebVTT cue is a voice span ({@code <v NAME>}).
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
        return write(words, srt, vtt, false);
    }

    /** As above, naming each cue's speaker when {@code speakerNames} is on. */
    public static List<Cue> write(Timeline<Word> words, Path srt, Path vtt, boolean speakerNames)
            throws IOException {
        List<Cue> cues = cues(words);
        Files.writeString(srt, srt(cues, speakerNames), StandardCharsets.UTF_8);
        Files.writeString(vtt, vtt(cues, speakerNames), StandardCharsets.UTF_8);
        return cues;
    }

    /** The cues of each speaker's turn in order, each cue ending before the next one starts. */
    public static List<Cue> cues(Timeline<Word> words) {
        List<Cue> cues = new ArrayList<>();
        List<Timed<Word>> turn = new ArrayList<>();
        for (Timed<Word> word : words.items()) {
            if (!turn.isEmpty() && !Objects.equals(turn.getLast().value().speaker(), word.value().speaker())) {
                cues.addAll(turnCues(turn));
                turn.clear();
            }
            turn.add(word);
        }
        cues.addAll(turnCues(turn));
        for (int i = 0; i + 1 < cues.size(); i++) {
            Cue c = cues.get(i);
            if (c.endMs() > cues.get(i + 1).startMs()) {
                cues.set(i, new Cue(c.startMs(), Math.max(c.startMs(), cues.get(i + 1).startMs()), c.lines(),
                        c.speaker()));
            }
        }
        return cues;
    }

    private static List<Cue> turnCues(List<Timed<Word>> turn) {
        if (turn.isEmpty()) {
            return List.of();
        }
        String speaker = turn.getFirst().value().speaker();
        return unnamedCues(new Timeline<>(turn)).stream()
                .map(c -> new Cue(c.startMs(), c.endMs(), c.lines(), speaker)).toList();
    }

    private static List<Cue> unnamedCues(Timeline<Word> words) {
        List<Piece> pieces = Piece.of(words, MAX_LINE, MAX_CUE_MS);
        List<List<Piece>> groups = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (i > first && pieces.get(i).startMs() - pieces.get(i - 1).endMs() >= BREAK_GAP_MS) {
                groups.add(pieces.subList(first, i));
                first = i;
            }
            while (i > first && !fits(pieces.subList(first, i + 1))) {
                int end = bestEnd(pieces, first, i);
                groups.add(pieces.subList(first, end));
                first = end;
            }
            if (Breaks.endsSentence(pieces, i) && spanMs(pieces.subList(first, i + 1)) >= MIN_CUE_MS) {
                groups.add(pieces.subList(first, i + 1));
                first = i + 1;
            }
        }
        if (first < pieces.size()) {
            groups.add(pieces.subList(first, pieces.size()));
        }
        return timed(groups);
    }

    /**
     * Where to end the cue that starts at {@code first} when piece {@code next} no longer fits: the cheapest
     * break by {@link Breaks#cost}, a fifth of a point more per piece pushed to the next cue, three more when that would
     * leave a one-word sentence end; a cue shorter than 1 s only when nothing else is possible.
     */
    private static int bestEnd(List<Piece> pieces, int first, int next) {
        int best = next;
        double bestCost = Double.MAX_VALUE;
        for (int end = next; end > first; end--) {
            double cost = Breaks.cost(pieces, end - 1) + (next - end) * 0.2
                    + (end == next && Breaks.endsSentence(pieces, next) ? 3 : 0)
                    + (spanMs(pieces.subList(first, end)) < MIN_CUE_MS ? 10 : 0)
                    + (fits(pieces.subList(end, next + 1)) ? 0 : 100);
            if (cost < bestCost) {
                best = end;
                bestCost = cost;
            }
        }
        return best;
    }

    private static boolean fits(List<Piece> pieces) {
        return spanMs(pieces) <= MAX_CUE_MS && lines(pieces) != null;
    }

    private static long spanMs(List<Piece> pieces) {
        return pieces.getLast().endMs() - pieces.getFirst().startMs();
    }

    private static String text(List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            text.append(text.isEmpty() || piece.joinsPrevious() ? "" : " ").append(piece.text());
        }
        return text.toString();
    }

    /** Words split at spaces into one or two lines, as {@link #lines(List)}. */
    static List<String> lines(String text) {
        List<Piece> pieces = new ArrayList<>();
        for (String word : text.split(" ")) {
            pieces.add(new Piece(word, 0, 0, false));
        }
        return lines(pieces);
    }

    /**
     * The text on one line, or on two lines as even as possible, the first not ending on a word that leans on
     * the next ("the", "of") when another split is nearly as even; null when it cannot fit.
     */
    static List<String> lines(List<Piece> pieces) {
        String whole = text(pieces);
        if (whole.length() <= MAX_LINE) {
            return List.of(whole);
        }
        List<String> best = null;
        int bestCost = Integer.MAX_VALUE;
        for (int i = 1; i < pieces.size(); i++) {
            String first = text(pieces.subList(0, i));
            String second = text(pieces.subList(i, pieces.size()));
            int longest = Math.max(first.length(), second.length());
            int cost = longest + (Breaks.leans(pieces.get(i - 1)) ? 8 : 0);
            if (longest <= MAX_LINE && cost < bestCost) {
                best = List.of(first, second);
                bestCost = cost;
            }
        }
        return best;
    }

    /** Cue times: from the first word's start to the last word's end, held to at least 1 s where room allows. */
    private static List<Cue> timed(List<List<Piece>> groups) {
        List<Cue> cues = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Piece> pieces = groups.get(g);
            long start = pieces.getFirst().startMs();
            long next = g + 1 < groups.size() ? groups.get(g + 1).getFirst().startMs() : Long.MAX_VALUE;
            long end = Math.min(Math.max(pieces.getLast().endMs(), start + MIN_CUE_MS), next);
            List<String> lines = lines(pieces);
            cues.add(new Cue(start, end, lines != null ? lines : List.of(text(pieces))));
        }
        return cues;
    }

    static String srt(List<Cue> cues) {
        return srt(cues, false);
    }

    static String srt(List<Cue> cues, boolean speakerNames) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            out.append(i + 1).append('\n')
                    .append(time(cue.startMs(), ',')).append(" --> ").append(time(cue.endMs(), ',')).append('\n');
            if (speakerNames && cue.speaker() != null) {
                out.append(cue.speaker()).append(": ");
            }
            cue.lines().forEach(line -> out.append(line).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    static String vtt(List<Cue> cues) {
        return vtt(cues, false);
    }

    static String vtt(List<Cue> cues, boolean speakerNames) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        for (Cue cue : cues) {
            out.append(time(cue.startMs(), '.')).append(" --> ").append(time(cue.endMs(), '.')).append('\n');
            if (speakerNames && cue.speaker() != null) {
                out.append("<v ").append(cue.speaker()).append('>');
            }
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
