package dev.scriptcast.config;

import java.util.List;

/** The type of a configuration value and how to read it from YAML or from a command-line string. */
public enum ValueType {
    STRING, INT, DOUBLE, BOOLEAN, PATH, INT_LIST, STRING_LIST;

    /** Converts a YAML scalar/list or a CLI string; returns null when the value does not have this type. */
    Object convert(Object raw) {
        return switch (this) {
            case STRING, PATH -> raw instanceof String || raw instanceof Number ? String.valueOf(raw) : null;
            case INT -> toLong(raw);
            case DOUBLE -> toDouble(raw);
            case BOOLEAN -> toBoolean(raw);
            case INT_LIST -> toList(raw, ValueType::toLong);
            case STRING_LIST -> toList(raw, v -> v instanceof String s ? s : null);
        };
    }

    String describe() {
        return switch (this) {
            case STRING -> "a string";
            case PATH -> "a file path";
            case INT -> "a whole number";
            case DOUBLE -> "a number";
            case BOOLEAN -> "true or false";
            case INT_LIST -> "a list of whole numbers like [10, 20, 30, 40]";
            case STRING_LIST -> "a list of strings";
        };
    }

    private static Integer toLong(Object raw) {
        if (raw instanceof Integer i) {
            return i;
        }
        if (raw instanceof String s) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Finite numbers only: NaN fails every range check and would reach FFmpeg's filters. */
    private static Double toDouble(Object raw) {
        Double value = null;
        if (raw instanceof Number n) {
            value = n.doubleValue();
        } else if (raw instanceof String s) {
            try {
                value = Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return value != null && Double.isFinite(value) ? value : null;
    }

    private static Boolean toBoolean(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        return null;
    }

    private static List<Object> toList(Object raw, java.util.function.Function<Object, Object> item) {
        List<?> items = raw instanceof List<?> l ? l
                : raw instanceof String s ? List.of((Object[]) s.split("\\s*,\\s*")) : null;
        if (items == null) {
            return null;
        }
        List<Object> out = items.stream().map(item).toList().stream().filter(java.util.Objects::nonNull).toList();
        return out.size() == items.size() ? out : null;
    }
}
