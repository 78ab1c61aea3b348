package dev.scriptcast.config;

import dev.scriptcast.base.InputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads the {@code speakers:} section, from a config file or a script's front matter: a map of speaker names to
 * their voice and look. Every problem is one line naming the key ({@code where} turns "speakers.ana.voice" into
 * "config.yaml:7: speakers.ana.voice").
 */
public final class Speakers {
    public static final String SECTION = "speakers";
    public static final List<String> FIELDS = List.of("voice", "engine", "rate", "pitch", "look");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,39}");
    private static final String EXAMPLE = "like  ana: {voice: cmu-slt-hsmm, look: aurora}";

    private Speakers() {}

    public static List<SpeakerSettings> parse(Object raw, UnaryOperator<String> where) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new InputException(where.apply(SECTION) + ": expected one entry per speaker, " + EXAMPLE);
        }
        List<SpeakerSettings> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        map.forEach((key, value) -> {
            String name = String.valueOf(key).strip();
            String at = where.apply(SECTION + "." + name);
            if (!NAME.matcher(name).matches()) {
                throw new InputException(at + ": a speaker's name is one word of letters, digits, - or _"
                        + " (at most 40 characters)");
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new InputException(at + ": speaker declared twice (names match whatever their case)");
            }
            out.add(speaker(name, value, where));
        });
        return List.copyOf(out);
    }

    private static SpeakerSettings speaker(String name, Object value, UnaryOperator<String> where) {
        if (value == null) {
            return SpeakerSettings.named(name);
        }
        String prefix = SECTION + "." + name;
        if (!(value instanceof Map<?, ?> fields)) {
            throw new InputException(where.apply(prefix) + ": expected the speaker's settings ("
                    + String.join(", ", FIELDS) + "), " + EXAMPLE);
        }
        String engine = null;
        String voice = null;
        Double rate = null;
        Double pitch = null;
        String look = null;
        for (var field : fields.entrySet()) {
            String key = String.valueOf(field.getKey());
            String at = where.apply(prefix + "." + key);
            Object v = field.getValue();
            switch (key) {
                case "engine" -> engine = text(v, at);
                case "voice" -> voice = text(v, at);
                case "rate" -> rate = (Double) checked("speech.rate", v, at);
                case "pitch" -> pitch = (Double) checked("speech.pitch", v, at);
                case "look" -> look = (String) checked("avatar.look", v, at);
                default -> throw new InputException(at + ": unknown speaker setting"
                        + Nearest.to(key, FIELDS).map(n -> ", did you mean " + n + "?").orElse("")
                        + " (a speaker takes " + String.join(", ", FIELDS) + ")");
            }
        }
        return new SpeakerSettings(name, engine, voice, rate, pitch, look);
    }

    private static String text(Object value, String at) {
        if (!(value instanceof String s) || s.isBlank()) {
            throw new InputException(at + ": must be a name (got " + value + ")");
        }
        return s.strip();
    }

    /** Converted and checked as the global key it stands in for ({@code speech.rate} for a speaker's rate). */
    private static Object checked(String globalKey, Object raw, String at) {
        ConfigKey key = ConfigKeys.find(globalKey).orElseThrow();
        Object value = raw == null ? null : key.type().convert(raw);
        if (value == null) {
            throw new InputException(at + ": must be " + key.type().describe() + " (got " + raw + ")");
        }
        String problem = key.check().apply(value);
        if (problem != null) {
            throw new InputException(at + ": " + problem);
        }
        return value;
    }
}
