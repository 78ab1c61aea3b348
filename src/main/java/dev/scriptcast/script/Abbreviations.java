package dev.scriptcast.script;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which full stops belong to a word rather than ending a sentence: titles, common abbreviations, initials and
 * dotted initialisms ("e.g.", "p.m.", "U.S."). A title or company suffix that really ends a sentence ("at Acme
 * Inc. The …") is kept with the next sentence: a missed break costs a little prosody, a false one a pause in
 * the middle of a name.
 */
final class Abbreviations {
    /** Lower case, without the full stop. */
    private static final Set<String> NEVER_FINAL = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "mt", "rev", "gen", "capt", "lt", "col", "sgt",
            "hon", "vs", "cf", "inc", "ltd", "co", "corp", "dept", "fig", "figs", "approx", "ca", "vol", "pp",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** Single letters joined by full stops: "e.g", "i.e", "a.m", "U.S", "U.S.A" (the last stop is the one judged). */
    private static final Pattern INITIALISM = Pattern.compile("\\p{L}(?:\\.\\p{L})+");
    private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.");

    private Abbreviations() {}

    /**
     * Whether the full stop after {@code word} keeps the sentence going, given the word after it. "No." does
     * only before a number, "etc." only before a word that is not capitalised, and "I." only before another
     * initial ("I. M. Pei"), since "than I." ends sentences far more often.
     */
    static boolean keepsSentence(String word, String nextWord) {
        String lower = word.toLowerCase(Locale.ROOT);
        int next = nextWord.codePointAt(0);
        if (lower.equals("no")) {
            return Character.isDigit(next);
        }
        if (lower.equals("etc")) {
            return !Character.isUpperCase(next) && !Character.isTitleCase(next);
        }
        if (word.equals("I")) {
            return INITIAL.matcher(nextWord).matches();
        }
        boolean initial = word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0));
        return initial || NEVER_FINAL.contains(lower) || INITIALISM.matcher(word).matches();
    }
}
