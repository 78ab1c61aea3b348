package dev.scriptcast.speech;

import static dev.scriptcast.speech.NormalizerRule.rule;

import java.util.List;
import java.util.regex.MatchResult;

/**
 * Dates and clock times as people read them: "2026-12-01" and "Dec 1, 2026" are "December first, twenty
 * twenty-six", "1 December 2026" is "the first of December twenty twenty-six", "10:30" is "ten thirty" and
 * "14:00" is "fourteen hundred". Only month names with a capital letter start a date, so "may 5" stays a count.
 */
final class CalendarRules {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String ABBREVIATED = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String DAY = "(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
    private static final String DAY_END = "(?![\\w:.,]\\d|\\w)";
    /** "p.m." keeps its last full stop for the engine when it also ends the sentence. */
    private static final String MERIDIEM_END = "(?:\\.(?!\\s*$|\\s+\\p{Lu}))?(?!\\w)";

    static final List<NormalizerRule> RULES = List.of(
            rule("(?<![\\w.-])(\\d{4})-(0[1-9]|1[0-2])-(3[01]|[12]\\d|0[1-9])(?![\\w-]|\\.\\d)",
                    m -> monthName(m.group(2)) + " " + day(m.group(3)) + ", " + year(m.group(1))),
            rule("(?<![\\w.])" + ABBREVIATED + "\\.?(?=\\s" + DAY + DAY_END + ")", m -> monthName(m.group())),
            rule("(?<=(?<![\\w.,])" + DAY + "\\s)" + ABBREVIATED + "\\.?(?!\\w)", m -> monthName(m.group())),
            rule("(?<=(?<![\\w.])" + MONTH + "\\.?\\s)" + DAY + DAY_END, m -> day(m.group(1))),
            rule("(?<![\\w.,])" + DAY + "(?=\\s" + MONTH + "\\.?(?!\\w))", m -> "the " + day(m.group(1)) + " of"),
            rule("([01]?\\d|2[0-3]):([0-5]\\d):([0-5]\\d)(?!\\d)", m -> clockTime(m.group(1), m.group(2), null)
                    + " and " + NumberWords.cardinal(Integer.parseInt(m.group(3))) + " seconds"),
            rule("([01]?\\d|2[0-4]):([0-5]\\d)(?:\\s?([AaPp])\\.?[Mm]" + MERIDIEM_END + ")?",
                    m -> clockTime(m.group(1), m.group(2), m.group(3))),
            rule("(1[0-2]|0?[1-9])\\s?([AaPp])\\.?[Mm]" + MERIDIEM_END,
                    m -> NumberWords.cardinal(Integer.parseInt(m.group(1))) + meridiem(m.group(2))));

    private CalendarRules() {}

    private static String monthName(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return MONTHS[Integer.parseInt(written) - 1];
        }
        for (String month : MONTHS) {
            if (month.startsWith(written.substring(0, 3))) {
                return month;
            }
        }
        throw new IllegalArgumentException(written);
    }

    private static String day(String written) {
        return NumberWords.ordinal(Integer.parseInt(written));
    }

    private static String year(String written) {
        int year = Integer.parseInt(written);
        return year >= 1100 && year < 2100 ? NumberWords.year(year) : NumberWords.number(written);
    }

    /** A whole hour of the 24-hour clock past noon is read the way such times are said: "fourteen hundred". */
    private static String clockTime(String hourText, String minuteText, String meridiemLetter) {
        int hour = Integer.parseInt(hourText);
        int minute = Integer.parseInt(minuteText);
        String suffix = meridiemLetter == null ? "" : meridiem(meridiemLetter);
        if (minute == 0 && suffix.isEmpty() && hour > 12) {
            return NumberWords.cardinal(hour) + " hundred";
        }
        String minutes = minute == 0 ? (suffix.isEmpty() ? " o'clock" : "")
                : minute < 10 ? " oh " + NumberWords.cardinal(minute) : " " + NumberWords.cardinal(minute);
        return NumberWords.cardinal(hour) + minutes + suffix;
    }

    /** Spelled as the letters sound, so every engine says "ay em"/"pee em" rather than "am" or "a m". */
    private static String meridiem(String letter) {
        return letter.equalsIgnoreCase("a") ? " ay em" : " pee em";
    }
}
