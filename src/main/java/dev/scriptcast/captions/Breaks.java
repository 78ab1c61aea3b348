package dev.scriptcast.captions;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where captions may end: sentence and clause ends are good places; after "the", "of" or "e.g." is not. */
public final class Breaks {
    /** Abbreviations whose full stop never ends a sentence. */
    private static final Set<String> NEVER_FINAL = Set.of("e.g.", "i.e.", "vs.", "v.", "cf.", "mr.", "mrs.", "ms.",
            "dr.", "prof.", "st.", "jr.", "sr.", "no.", "approx.", "fig.", "ca.");
    /** Words that lean on the next one: a line or cue ending on them splits a phrase. */
    private static final Set<String> LEANING = Set.of("a", "an", "the", "of", "to", "and", "or", "nor", "but", "in",
            "on", "at", "for", "with", "by", "from", "into", "onto", "as", "than", "if", "that", "my", "your", "his",
            "her", "its", "our", "their", "this", "these", "those", "is", "are", "was", "were", "be", "not", "so",
            "e.g.", "i.e.", "vs.", "mr.", "mrs.", "ms.", "dr.");

    private Breaks() {}

    /** Whether {@code pieces[i]} ends a sentence, judged also by the word after it. */
    static boolean endsSentence(List<Piece> pieces, int i) {
        String text = pieces.get(i).text();
        if (!text.matches(".*[.!?…][\"')\\]]*$")) {
            return false;
        }
        if (text.matches(".*[!?…][\"')\\]]*$")) {
            return true;
        }
        if (NEVER_FINAL.contains(text.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (i + 1 < pieces.size()) {
            Piece next = pieces.get(i + 1);
            return !next.joinsPrevious() && !Character.isLowerCase(next.text().codePointAt(0));
        }
        return true;
    }

    static boolean endsClause(Piece piece) {
        return piece.text().matches(".*[,;:—–]$");
    }

    /** Whether {@code piece} leans on the word after it, so a line or cue should not end on it. */
    static boolean leans(Piece piece) {
        return leans(piece.text());
    }

    /** Whether a token too long to show whole may break after {@code c}: URL, path and e-mail separators. */
    public static boolean breaksAfter(char c) {
        return "/.-_@?&=#:".indexOf(c) >= 0;
    }

    /** Whether a caption should not end on this written word ("the", "of", "e.g.", "vs."). */
    public static boolean leans(String word) {
        return LEANING.contains(word.toLowerCase(Locale.ROOT).replaceAll("^[\"'(\\[]+", ""));
    }

    /**
     * The cost of ending a cue after {@code pieces[i]}: 0 at a sentence end, 1 at a clause end, 3 elsewhere,
     * plus 4 after a leaning word.
     */
    static int cost(List<Piece> pieces, int i) {
        int cost = endsSentence(pieces, i) ? 0 : endsClause(pieces.get(i)) ? 1 : 3;
        return cost + (leans(pieces.get(i)) ? 4 : 0);
    }
}
