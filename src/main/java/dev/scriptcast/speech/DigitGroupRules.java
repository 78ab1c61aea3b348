package dev.scriptcast.speech;

import static dev.scriptcast.speech.NormalizerRule.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * Numbers that are names rather than amounts. Phone numbers are read digit by digit with a pause between groups
 * ("555-123-4567" is "five five five, one two three, four five six seven"); a phone number is a "+" country code,
 * an area code in brackets, three dash-separated groups ending in four digits, or space-separated groups
 * starting with 0. Version numbers are read part by part: "v2.3.1" is "version two point three point one", and so
 * is a bare "2.3.1" without the "version".
 */
final class DigitGroupRules {
    private static final String GROUPS = "(?:[ .-]?\\d{2,4}){2,3}(?![\\w.-]\\d|\\w)";

    static final List<NormalizerRule> RULES = List.of(
            rule("\\s?(?<![\\w+])\\+\\d{1,3}" + GROUPS, m -> keepSpace(m.group(), phone(m.group()))),
            rule("(?<![\\w)])\\(\\d{2,4}\\)\\s?\\d{3}[ .-]?\\d{3,4}(?![\\w.-]\\d|\\w)", m -> phone(m.group())),
            rule("(?<![\\w.-])\\d{3}-\\d{3}-\\d{4}(?![\\w.-]\\d|\\w)", m -> phone(m.group())),
            rule("(?<![\\w.-])0\\d{2,4}(?: \\d{3,4}){2}(?![\\w.-]\\d|\\w)", m -> phone(m.group())),
            rule("(?<![\\w.])(?i:version\\s+)?v(\\d{1,9}(?:\\.\\d{1,9})*)(?![\\w]|\\.\\d)",
                    m -> "version " + parts(m.group(1))),
            rule("(?<![\\w.])(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})(?![\\w]|\\.\\d)", m -> parts(m.group(1))));

    private DigitGroupRules() {}

    /** The generic "+" rule would take the space before a "+" first, so this rule takes it too and keeps it. */
    private static String keepSpace(String written, String spoken) {
        return Character.isWhitespace(written.charAt(0)) ? " " + spoken : spoken;
    }

    private static String phone(String written) {
        List<String> groups = new ArrayList<>();
        for (String group : written.split("[^\\d+]+")) {
            if (group.startsWith("+")) {
                groups.add("plus " + NumberWords.digits(group.substring(1)));
            } else if (!group.isEmpty()) {
                groups.add(NumberWords.digits(group));
            }
        }
        return String.join(", ", groups);
    }

    private static String parts(String dotted) {
        List<String> words = new ArrayList<>();
        for (String part : dotted.split("\\.")) {
            words.add(NumberWords.number(part));
        }
        return String.join(" point ", words);
    }
}
