package dev.scriptcast.speech;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** One rewrite of the normaliser: written text matching the pattern is spoken as the function says. */
record NormalizerRule(Pattern pattern, Function<MatchResult, String> spoken) {
    static NormalizerRule rule(String regex, Function<MatchResult, String> spoken) {
        return new NormalizerRule(Pattern.compile(regex), spoken);
    }
}
