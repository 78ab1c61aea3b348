package dev.scriptcast.config;

import java.util.function.Function;

/**
 * One configuration key. {@code check} returns null when a converted value is acceptable, else what is wrong
 * ("must be between 1 and 120").
 */
public record ConfigKey(String name, ValueType type, Object defaultValue, Function<Object, String> check, String help) {
    static ConfigKey of(String name, ValueType type, Object defaultValue, String help) {
        return new ConfigKey(name, type, defaultValue, v -> null, help);
    }

    static ConfigKey range(String name, ValueType type, Object defaultValue, double min, double max, String help) {
        return new ConfigKey(name, type, defaultValue, v -> {
            double d = ((Number) v).doubleValue();
            return d < min || d > max ? "must be between " + fmt(min) + " and " + fmt(max) + " (got " + v + ")" : null;
        }, help);
    }

    static ConfigKey oneOf(String name, Object defaultValue, java.util.List<String> allowed, String help) {
        return new ConfigKey(name, ValueType.STRING, defaultValue,
                v -> allowed.contains(v) ? null : "must be one of " + String.join(", ", allowed) + " (got " + v + ")",
                help);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
