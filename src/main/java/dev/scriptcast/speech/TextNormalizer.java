package dev.scriptcast.speech;

import static dev.scriptcast.speech.NormalizerRule.rule;

import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * Rewrites what speech engines misread (numbers, money, times, abbreviations, symbols, curly quotes) as plain
 * English words, remembering which written word each spoken word came from so timings map back to the script.
 * Dates and times, phone and version numbers, and units after a number have rules of their own
 * ({@link CalendarRules}, {@link DigitGroupRules}, {@link UnitRules}).
 * Four-digit numbers from 1100 to 2099 without a thousands comma are read as years ("1,999" is a count). Web and
 * e-mail addresses are spelled out by their separators ("example dot org slash docs"), each staying one written word.
 */
public final class TextNormalizer {
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
    private static final String SCALE = "(thousand|million|billion|trillion|k|K|m|M|bn|B)";
    /** A web address or e-mail address, without the sentence punctuation that may follow it. */
    private static final String ADDRESS = "(?i)(?:(?:https?://|www\\.)[^\\s]*[^\\s.,;:!?)\\]'\"]"
            + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)";
    private static final List<NormalizerRule> RULES = rules(List.of(
            rule(ADDRESS, m -> TextNormalizer.address(m.group())),
            rule("Dr\\.(?=\\s+\\p{Lu})", m -> "Doctor"),
            rule("Dr\\.", m -> "Drive"),
            rule("Mrs\\.?(?!\\w)", m -> "Missus"),
            rule("Mr\\.?(?!\\w)", m -> "Mister"),
            rule("Ms\\.?(?!\\w)", m -> "Miz"),
            rule("Prof\\.", m -> "Professor"),
            rule("St\\.(?=\\s+\\p{Lu})", m -> "Saint"),
            rule("St\\.", m -> "Street"),
            rule("Jr\\.", m -> "Junior"),
            rule("Sr\\.", m -> "Senior"),
            rule("(?i)e\\.\\s?g\\.,?", m -> "for example,"),
            rule("(?i)i\\.\\s?e\\.,?", m -> "that is,"),
            rule("(?i:etc)\\.(?=\\s*$|\\s+\\p{Lu})", m -> "et cetera."),
            rule("(?i)etc\\.", m -> "et cetera"),
            rule("(?i)vs\\.?(?!\\w)", m -> "versus"),
            rule("(?i)approx\\.", m -> "approximately"),
            rule("No\\.(?=\\s?\\d)", m -> "number")),
            DigitGroupRules.RULES, CalendarRules.RULES, List.of(
            rule("([$€£¥])\\s?" + NUMBER + "(?:\\.(\\d+))?\\s?" + SCALE + "(?!\\w)", TextNormalizer::scaledMoney),
            rule("([$€£¥])\\s?" + NUMBER + "(?:\\.(\\d+))?", TextNormalizer::money),
            rule(NUMBER + "(?:\\.(\\d+))?\\s?%", m -> NumberWords.decimal(m.group(1), nz(m.group(2))) + " percent")),
            UnitRules.RULES, List.of(
            rule(NUMBER + "(?:st|nd|rd|th)(?!\\w)", m -> NumberWords.ordinal(m.group(1))),
            rule("(1[1-9]\\d0|20\\d0)'?s(?!\\w)", m -> NumberWords.decade(Integer.parseInt(m.group(1)))),
            rule("(?<!\\w)'?([2-9]0)s(?!\\w)",
                    m -> NumberWords.cardinal(Integer.parseInt(m.group(1))).replaceAll("y$", "ies")),
            rule("(?<![\\w.,$€£¥#:/×])(?<!\\s-)(?<!^-)(1[1-9]\\d\\d|20\\d\\d)(?![\\w%/×]|[.,:]\\d|\\s?×)",
                    m -> NumberWords.year(Integer.parseInt(m.group(1)))),
            rule("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d/])", TextNormalizer::fraction),
            rule(NUMBER + "(?:\\.(\\d+))?", m -> NumberWords.decimal(m.group(1), nz(m.group(2)))),
            rule("(?<![\\w.])\\.(\\d+)", m -> "point " + NumberWords.digits(m.group(1))),
            rule("(?<=^|[\\s(\\[])-(?=\\.?\\d)", m -> "minus "),
            rule("(?<=\\d)\\s?[–-]\\s?(?=\\d)", m -> " to "),
            rule("\\s?°\\s?C(?!\\w)", m -> " degrees Celsius"),
            rule("\\s?°\\s?F(?!\\w)", m -> " degrees Fahrenheit"),
            rule("\\s?°", m -> " degrees"),
            rule("\\s?×\\s?", m -> " times "),
            rule("\\s?&\\s?", m -> " and "),
            rule("\\s?\\+\\s?", m -> " plus "),
            rule("\\s?=\\s?", m -> " equals "),
            rule("\\s?@\\s?", m -> " at "),
            rule("\\s?%", m -> " percent"),
            rule("#(?=\\d)", m -> "number "),
            rule("\\s*(?:…|\\.\\.\\.)(?=\\s*$|\\s+\\p{Lu})", m -> "."),
            rule("\\s*(?:…|\\.\\.\\.)\\s*", m -> ", "),
            rule("\\s*[–—]\\s*", m -> ", ")));

    /** The rules in the order they are tried at each position: the first that matches there wins. */
    @SafeVarargs
    private static List<NormalizerRule> rules(List<NormalizerRule>... groups) {
        return Arrays.stream(groups).flatMap(List::stream).toList();
    }

    /** Normalises one paragraph. */
    public SpokenText normalize(String text) {
        String written = straightenQuotes(text);
        List<Matcher> matchers = RULES.stream().map(r -> r.pattern().matcher(written)
                .useTransparentBounds(true).useAnchoringBounds(false)).toList();
        SpokenText.Builder out = new SpokenText.Builder(written);
        int pos = 0;
        while (pos < written.length()) {
            int next = applyRule(written, pos, matchers, out);
            if (next == pos) {
                next = Character.isLetter(written.charAt(pos)) ? endOfLetters(written, pos) : pos + 1;
                out.verbatim(pos, next);
            }
            pos = next;
        }
        return out.build();
    }

    private static int applyRule(String text, int pos, List<Matcher> matchers, SpokenText.Builder out) {
        for (int i = 0; i < matchers.size(); i++) {
            Matcher m = matchers.get(i).region(pos, text.length());
            if (m.lookingAt() && m.end() > pos) {
                out.replaced(pos, m.end(), RULES.get(i).spoken().apply(m));
                return m.end();
            }
        }
        return pos;
    }

    private static int endOfLetters(String text, int pos) {
        int end = pos;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\'')) {
            end++;
        }
        return end;
    }

    static String straightenQuotes(String text) {
        return text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201B', '\'').replace('\u02BC', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"').replace('\u00AB', '"')
                .replace('\u00BB', '"').replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2212', '-');
    }

    /** Said the way people read addresses aloud, the same on every engine: "example dot org slash docs". */
    private static String address(String written) {
        String spoken = written.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "")
                .replaceFirst("/$", "");
        StringBuilder out = new StringBuilder();
        for (char c : spoken.toCharArray()) {
            String name = switch (c) {
                case '.' -> "dot";
                case '/' -> "slash";
                case '-' -> "dash";
                case '_' -> "underscore";
                case '@' -> "at";
                case ':' -> "colon";
                case '?' -> "question mark";
                case '=' -> "equals";
                case '&' -> "and";
                case '#' -> "hash";
                case '+' -> "plus";
                case '%' -> "percent";
                case '~' -> "tilde";
                default -> null;
            };
            out.append(name == null ? String.valueOf(c) : " " + name + " ");
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private record Currency(String one, String many, String minorOne, String minorMany) {}

    private static Currency currency(String symbol) {
        return switch (symbol) {
            case "$" -> new Currency("dollar", "dollars", "cent", "cents");
            case "€" -> new Currency("euro", "euros", "cent", "cents");
            case "£" -> new Currency("pound", "pounds", "penny", "pence");
            default -> new Currency("yen", "yen", null, null);
        };
    }

    private static String money(MatchResult m) {
        Currency c = currency(m.group(1));
        String fraction = nz(m.group(3));
        if (fraction.length() > 2 || !fraction.isEmpty() && c.minorOne() == null) {
            return NumberWords.decimal(m.group(2), fraction) + " " + c.many();
        }
        int minor = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "0").substring(0, 2));
        String majorWords = NumberWords.number(m.group(2)) + " " + (NumberWords.isOne(m.group(2)) ? c.one() : c.many());
        if (minor == 0) {
            return majorWords;
        }
        String minorWords = NumberWords.cardinal(minor) + " " + (minor == 1 ? c.minorOne() : c.minorMany());
        return NumberWords.isZero(m.group(2)) ? minorWords : majorWords + " and " + minorWords;
    }

    private static String scaledMoney(MatchResult m) {
        String scale = switch (m.group(4)) {
            case "k", "K" -> "thousand";
            case "m", "M" -> "million";
            case "bn", "B" -> "billion";
            default -> m.group(4);
        };
        return NumberWords.decimal(m.group(2), nz(m.group(3))) + " " + scale + " " + currency(m.group(1)).many();
    }

    private static String fraction(MatchResult m) {
        long numerator = Long.parseLong(m.group(1));
        long denominator = Long.parseLong(m.group(2));
        if (denominator < 2) {
            return NumberWords.cardinal(numerator) + " over " + NumberWords.cardinal(denominator);
        }
        String unit = denominator == 2 ? "half" : denominator == 4 ? "quarter" : NumberWords.ordinal(denominator);
        if (numerator == 1) {
            return "one " + unit;
        }
        String plural = unit.equals("half") ? "halves" : unit + "s";
        return NumberWords.cardinal(numerator) + " " + plural;
    }
}
