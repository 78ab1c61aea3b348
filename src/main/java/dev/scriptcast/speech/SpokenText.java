package dev.scriptcast.speech;

import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A paragraph as written and as it will be spoken, with the link between them: every spoken character knows
 * the written word it came from. Written words are the whitespace-separated tokens of the paragraph, joined
 * where one expression spans several ("$5 million") and with bare punctuation ("—") kept on the word before.
 */
public final class SpokenText {
    private final String spoken;
    private final List<String> writtenWords;
    private final int[] wordOfSpokenChar;

    private SpokenText(String spoken, List<String> writtenWords, int[] wordOfSpokenChar) {
        this.spoken = spoken;
        this.writtenWords = List.copyOf(writtenWords);
        this.wordOfSpokenChar = wordOfSpokenChar;
    }

    /** The text to hand to a speech engine. */
    public String spoken() {
        return spoken;
    }

    /** The words of the script, in order, as they should appear in captions. */
    public List<String> writtenWords() {
        return writtenWords;
    }

    /**
     * Re-times the written words from an engine's word timeline over {@link #spoken()}. Engine words are
     * found in order in the spoken text by their letters and digits (engines tokenise differently); a written
     * word takes the span of all engine words found inside its spoken form, or an instant at the previous
     * word's end when the engine said nothing for it.
     */
    public Timeline<Word> toWritten(Timeline<Word> engineWords, int scriptLine) {
        StringBuilder keys = new StringBuilder();
        List<Integer> keyToChar = new ArrayList<>();
        for (int i = 0; i < spoken.length(); i++) {
            char c = spoken.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                keys.append(Character.toLowerCase(c));
                keyToChar.add(i);
            }
        }
        long[] start = new long[writtenWords.size()];
        long[] end = new long[writtenWords.size()];
        Arrays.fill(start, -1);
        int cursor = 0;
        for (Timed<Word> word : engineWords.items()) {
            String key = keyOf(word.value().text());
            int at = key.isEmpty() ? -1 : keys.indexOf(key, cursor);
            if (at < 0) {
                continue;
            }
            int written = wordOfSpokenChar[keyToChar.get(at)];
            if (start[written] < 0) {
                start[written] = word.startMs();
            }
            end[written] = Math.max(end[written], word.endMs());
            cursor = at + key.length();
        }
        List<Timed<Word>> timed = new ArrayList<>();
        long previousEnd = 0;
        for (int i = 0; i < writtenWords.size(); i++) {
            if (start[i] < 0) {
                start[i] = previousEnd;
                end[i] = previousEnd;
            }
            start[i] = Math.max(start[i], timed.isEmpty() ? 0 : timed.getLast().startMs());
            timed.add(new Timed<>(start[i], Math.max(start[i], end[i]), new Word(writtenWords.get(i), scriptLine)));
            previousEnd = Math.max(previousEnd, end[i]);
        }
        return new Timeline<>(timed);
    }

    private static String keyOf(String text) {
        StringBuilder key = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(key::appendCodePoint);
        return key.toString();
    }

    /** Collects spoken pieces in written order. */
    static final class Builder {
        private final String written;
        private final StringBuilder spoken = new StringBuilder();
        private final List<Integer> sourceOfSpokenChar = new ArrayList<>();
        private final List<int[]> replacedSpans = new ArrayList<>();

        Builder(String written) {
            this.written = written;
        }

        void verbatim(int from, int to) {
            for (int i = from; i < to; i++) {
                append(String.valueOf(written.charAt(i)), i);
            }
        }

        /** Marks the written span as one word when it yields words, so "$5 million" stays together. */
        void replaced(int from, int to, String words) {
            while (from < to && Character.isWhitespace(written.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(written.charAt(to - 1))) {
                to--;
            }
            if (words.chars().anyMatch(Character::isLetter)) {
                replacedSpans.add(new int[] {from, to});
            }
            append(words, from);
        }

        private void append(String piece, int source) {
            for (int i = 0; i < piece.length(); i++) {
                char c = piece.charAt(i);
                boolean blank = Character.isWhitespace(c);
                if (blank && (spoken.isEmpty() || Character.isWhitespace(spoken.charAt(spoken.length() - 1)))) {
                    continue;
                }
                spoken.append(blank ? ' ' : c);
                sourceOfSpokenChar.add(source);
            }
        }

        SpokenText build() {
            int[] wordOfWrittenChar = groupWrittenWords();
            List<String> words = new ArrayList<>();
            int[] firstChar = new int[written.length() + 1];
            int[] lastChar = new int[written.length() + 1];
            for (int i = 0; i < written.length(); i++) {
                int w = wordOfWrittenChar[i];
                if (w < 0) {
                    continue;
                }
                if (w == words.size()) {
                    words.add("");
                    firstChar[w] = i;
                }
                lastChar[w] = i;
            }
            for (int w = 0; w < words.size(); w++) {
                words.set(w, written.substring(firstChar[w], lastChar[w] + 1).replaceAll("\\s+", " "));
            }
            int end = spoken.length();
            while (end > 0 && spoken.charAt(end - 1) == ' ') {
                end--;
            }
            int[] wordOfSpokenChar = new int[end];
            for (int i = 0; i < end; i++) {
                wordOfSpokenChar[i] = Math.max(0, wordOfWrittenChar[sourceOfSpokenChar.get(i)]);
            }
            return new SpokenText(spoken.substring(0, end), words, wordOfSpokenChar);
        }

        /** Word index of each written character (-1 for whitespace between words). */
        private int[] groupWrittenWords() {
            int n = written.length();
            boolean[] joined = new boolean[n];
            for (int[] span : replacedSpans) {
                Arrays.fill(joined, span[0], span[1], true);
            }
            int[] word = new int[n];
            Arrays.fill(word, -1);
            int group = -1;
            boolean groupIsSpoken = false;
            int i = 0;
            while (i < n) {
                if (Character.isWhitespace(written.charAt(i)) && !joined[i]) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < n && (joined[end] || !Character.isWhitespace(written.charAt(end)))) {
                    end++;
                }
                boolean spokenToken = isSpoken(i, end);
                if (group < 0 || spokenToken && groupIsSpoken) {
                    group++;
                    groupIsSpoken = false;
                }
                groupIsSpoken |= spokenToken;
                Arrays.fill(word, i, end, group);
                i = end;
            }
            return word;
        }

        private boolean isSpoken(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = written.charAt(i);
                if (Character.isLetterOrDigit(c) || "$€£¥%&+=@×#°".indexOf(c) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
