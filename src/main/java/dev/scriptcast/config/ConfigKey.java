package dev.scriptcast.config;

import java.util.List;
import java.util.function.Function;

/**
 * One configuration key. {@code check} returns null when a converted value is acceptable, else what is wrong
 * ("must be between 1 and 120"); {@code accepts} says the same for a reader ("1..120"), empty when the type says it
 * all.
 */
public record ConfigKey(String name, ValueType type, Object defaultValue, Function<Object, String> check,
                        String accepts, String help) {
    static ConfigKey of(String name, ValueType type, Object defaultValue, String help) {
        return new ConfigKey(name, type, defaultValue, v -> null, "", help);
    }

    static ConfigKey range(String name, ValueType type, Object defaultValue, double min, double max, String help) {
        return new ConfigKey(name, type, defaultValue, v -> {
            double d = ((Number) v).doubleValue();
            return d < min || d > max ? "must be between " + fmt(min) + " and " + fmt(max) + " (got " + v + ")" : null;
        }, fmt(min) + ".." + fmt(max), help);
    }

    static ConfigKey oneOf(String name, Object defaultValue, List<String> allowed, String help) {
        return new ConfigKey(name, ValueType.STRING, defaultValue,
                v -> allowed.contains(v) ? null : "must be one of " + String.join(", ", allowed) + " (got " + v + ")",
                String.join("|", allowed), help);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
