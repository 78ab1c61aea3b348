package dev.scriptcast.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The known name nearest to a misspelt one, when it is close enough to be a plausible typo. */
public final class Nearest {
    private Nearest() {}

    public static Optional<String> to(String unknown, Collection<String> known) {
        String typed = unknown.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, typed.length() / 3);
        return known.stream()
                .filter(name -> editDistance(typed, name) <= allowed)
                .min(Comparator.comparingInt(name -> editDistance(typed, name)));
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
