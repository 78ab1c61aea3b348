package dev.scriptcast.speech;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;

/**
 * Units of measure after a number, said in full ("2 GB" is "two gigabytes", "1 ms" is "one millisecond").
 * Only symbols that follow a number are read, so "MB" alone or "m" in a word stays as written.
 */
final class UnitRules {
    private record Unit(String one, String many) {}

    private static final Map<String, Unit> UNITS = units(
            "KB kilobyte", "kB kilobyte", "MB megabyte", "GB gigabyte", "TB terabyte", "PB petabyte",
            "KiB kibibyte", "MiB mebibyte", "GiB gibibyte", "TiB tebibyte",
            "kbps kilobit/second", "Mbps megabit/second", "Gbps gigabit/second", "Mb megabit", "Gb gigabit",
            "Hz hertz/hertz", "kHz kilohertz/kilohertz", "MHz megahertz/megahertz", "GHz gigahertz/gigahertz",
            "ns nanosecond", "µs microsecond", "μs microsecond", "us microsecond", "ms millisecond", "sec second",
            "secs second", "min minute", "mins minute", "h hour", "hr hour", "hrs hour",
            "mm millimetre", "cm centimetre", "km kilometre", "mg milligram", "g gram", "kg kilogram",
            "lb pound", "lbs pound", "mph mile/hour", "km/h kilometre/hour", "kW kilowatt", "W watt",
            "mV millivolt", "V volt", "mAh milliamp hour", "dB decibel", "fps frame/second", "px pixel");
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?";

    /** One letter that, written against a number, more often means something else: "1990s", "5B" (billion). */
    private static final Map<String, Unit> SPACED_UNITS = Map.of("s", new Unit("second", "seconds"),
            "B", new Unit("byte", "bytes"), "m", new Unit("metre", "metres"));

    static final List<NormalizerRule> RULES = List.of(
            NormalizerRule.rule("(?<![\\w.,])" + NUMBER + "\\s?(" + alternatives(UNITS) + ")(?![\\w/])",
                    m -> count(m, UNITS.get(m.group(3)))),
            NormalizerRule.rule("(?<![\\w.,])" + NUMBER + " (" + alternatives(SPACED_UNITS) + ")(?![\\w/])",
                    m -> count(m, SPACED_UNITS.get(m.group(3)))));

    private UnitRules() {}

    /** "GB gigabyte" is gigabyte/gigabytes; "Hz hertz/hertz" gives both forms; "x/second" is "xs per second". */
    private static Map<String, Unit> units(String... entries) {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (String entry : entries) {
            String symbol = entry.substring(0, entry.indexOf(' '));
            String words = entry.substring(symbol.length() + 1);
            String[] parts = words.split("/");
            Unit unit = parts.length == 1 ? new Unit(words, words + "s")
                    : parts[0].equals(parts[1]) ? new Unit(parts[0], parts[1])
                    : new Unit(parts[0] + " per " + parts[1], parts[0] + "s per " + parts[1]);
            units.put(symbol, unit);
        }
        return units;
    }

    /** Longest symbols first, so "MHz" is not read as "M" and "Hz". */
    private static String alternatives(Map<String, Unit> units) {
        return String.join("|", units.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(s -> s.replace("/", "\\/")).toList());
    }

    private static String count(MatchResult m, Unit unit) {
        String fraction = m.group(2) == null ? "" : m.group(2);
        boolean one = fraction.isEmpty() && NumberWords.isOne(m.group(1));
        return NumberWords.decimal(m.group(1), fraction) + " " + (one ? unit.one() : unit.many());
    }
}
