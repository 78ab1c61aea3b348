package dev.scriptcast.telemetry;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The settings two runs were given differently ({@code run.inputs.settings}), as a key / A / B table. */
final class SettingsDiff {
    private static final String MISSING = "—";

    private SettingsDiff() {
    }

    static String render(Map<String, Object> inputsA, Map<String, Object> inputsB) {
        Map<?, ?> a = settings(inputsA);
        Map<?, ?> b = settings(inputsB);
        TreeSet<String> keys = new TreeSet<>();
        a.keySet().forEach(k -> keys.add(k.toString()));
        b.keySet().forEach(k -> keys.add(k.toString()));
        keys.removeIf(k -> Objects.equals(text(a.get(k)), text(b.get(k))));
        if (keys.isEmpty()) {
            return "\nSettings: the same in both runs\n";
        }
        int width = Math.max("key".length(), keys.stream().mapToInt(String::length).max().orElse(0));
        int widthA = Math.max(1, keys.stream().mapToInt(k -> text(a.get(k)).length()).max().orElse(0));
        String format = "%-" + width + "s  %-" + widthA + "s  %s%n";
        StringBuilder out = new StringBuilder("\nSettings that differ:\n");
        out.append(String.format(Locale.ROOT, format, "key", "A", "B"));
        keys.forEach(k -> out.append(String.format(Locale.ROOT, format, k, text(a.get(k)), text(b.get(k)))));
        return out.toString();
    }

    private static Map<?, ?> settings(Map<String, Object> inputs) {
        return inputs != null && inputs.get("settings") instanceof Map<?, ?> m ? m : Map.of();
    }

    private static String text(Object value) {
        return value == null ? MISSING : value.toString();
    }
}
