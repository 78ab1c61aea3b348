package dev.scriptcast.config;

/**
 * One speaker declared under {@code speakers:}, by the name the script's {@code NAME:} lines use. A null field
 * falls back to the matching {@code speech.*} or {@code avatar.look} setting.
 */
public record SpeakerSettings(String name, String engine, String voice, Double rate, Double pitch, String look) {
    public static SpeakerSettings named(String name) {
        return new SpeakerSettings(name, null, null, null, null, null);
    }
}
