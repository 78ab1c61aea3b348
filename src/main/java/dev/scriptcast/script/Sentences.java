package dev.scriptcast.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences, each to be spoken and cached on its own, so the split depends only on the
 * text. A sentence ends after {@code . ! ? …} (or a run of them, and any closing quotes or brackets) when a space
 * and a sentence start follow: an upper-case letter, a digit, a currency sign, an opening quote or bracket, or a
 * letter of a script without case. {@code 。！？} end a sentence even with no space after them. Full stops inside
 * numbers, addresses and abbreviations (see {@link Abbreviations}) do not; neither does an ellipsis before a
 * lower-case word. A sentence over {@value #MAX_CHARS} characters is cut at its last clause mark or space before
 * that length, never inside a word.
 *
 * <p>The sentences' texts joined with single spaces give back the paragraph text (whitespace-normalised), save
 * that a break after {@code 。！？} with no space after it gains one.
 */
public final class Sentences {
    static final int MAX_CHARS = 500;
    private static final String ENDS = ".!?…。！？";
    private static final String ENDS_WITHOUT_SPACE = "。！？";
    private static final String CLOSERS = "\"'”’»›)]}」』）】〉》";
    private static final String OPENERS = "\"'“‘«‹([{「『（【〈《¿¡";
    private static final String CLAUSE_MARKS = ";:,";

    private Sentences() {}

    public static List<Sentence> of(Block.Paragraph paragraph) {
        return split(paragraph.text()).stream().map(text -> new Sentence(text, paragraph.line(), paragraph.speaker())).toList();
    }

    /** The sentences of {@code text}, as written; none for blank text. */
    public static List<String> split(String text) {
        String normalised = text.strip().replaceAll("\\s+", " ");
        List<String> sentences = new ArrayList<>();
        List<Integer> starts = starts(normalised);
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : normalised.length();
            cutLong(normalised.substring(starts.get(i), end).strip(), sentences);
        }
        return List.copyOf(sentences);
    }

    /** Where each sentence of {@code text} begins. */
    private static List<Integer> starts(String text) {
        List<Integer> starts = new ArrayList<>();
        if (text.isEmpty()) {
            return starts;
        }
        starts.add(0);
        int i = 0;
        while (i < text.length()) {
            if (ENDS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int runEnd = skip(text, i, ENDS);
            int end = skip(text, runEnd, CLOSERS);
            if (end < text.length() && endsSentence(text, i, runEnd, end) && hasWords(text, starts.getLast(), i)) {
                starts.add(text.charAt(end) == ' ' ? end + 1 : end);
            }
            i = end;
        }
        if (starts.size() > 1 && !hasWords(text, starts.getLast(), text.length())) {
            starts.removeLast(); // a trailing "…" or quote mark is no sentence of its own
        }
        return starts;
    }

    /**
     * Whether the end marks {@code text[first, runEnd)}, followed by closing marks up to {@code end}, end a
     * sentence.
     */
    private static boolean endsSentence(String text, int first, int runEnd, int end) {
        if (text.substring(first, runEnd).chars().anyMatch(c -> ENDS_WITHOUT_SPACE.indexOf(c) >= 0)) {
            return true;
        }
        if (text.charAt(end) != ' ' || end + 1 >= text.length() || !startsSentence(text.codePointAt(end + 1))) {
            return false;
        }
        boolean singleStop = runEnd == first + 1 && text.charAt(first) == '.';
        return !singleStop || !Abbreviations.keepsSentence(wordBefore(text, first), wordAt(text, end + 1));
    }

    private static boolean startsSentence(int cp) {
        return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp)
                || Character.getType(cp) == Character.CURRENCY_SYMBOL || OPENERS.indexOf(cp) >= 0
                || Character.isLetter(cp) && !Character.isLowerCase(cp);
    }

    /** The word ending at {@code end}, without the quotes or brackets before it. */
    private static String wordBefore(String text, int end) {
        int start = text.lastIndexOf(' ', end - 1) + 1;
        return text.substring(skip(text, start, OPENERS), end);
    }

    private static String wordAt(String text, int start) {
        int end = text.indexOf(' ', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static int skip(String text, int from, String chars) {
        int i = from;
        while (i < text.length() && chars.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean hasWords(String text, int from, int to) {
        return text.substring(from, to).codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Adds {@code sentence} to {@code out}, in pieces of at most {@value #MAX_CHARS} characters where it is longer. */
    private static void cutLong(String sentence, List<String> out) {
        String rest = sentence;
        while (rest.length() > MAX_CHARS) {
            int cut = cutPoint(rest);
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
    }

    /**
     * The space to cut {@code text} at: after a clause mark in the second half of the allowed length, else the
     * last space within it, else (one word longer than the limit) the first space after it.
     */
    private static int cutPoint(String text) {
        for (int i = MAX_CHARS; i >= MAX_CHARS / 2; i--) {
            if (text.charAt(i) == ' ' && CLAUSE_MARKS.indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        int space = text.lastIndexOf(' ', MAX_CHARS);
        if (space > 0) {
            return space;
        }
        int after = text.indexOf(' ', MAX_CHARS);
        return after < 0 ? text.length() : after;
    }
}
