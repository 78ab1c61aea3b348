package dev.scriptcast.speech;

/** Engine-independent voice controls. rate and pitch are multipliers (1.0 = engine default). */
public record VoiceSettings(String engine, String voice, double rate, double pitch, double volume) {
    public static VoiceSettings defaults() {
        return new VoiceSettings("mary", "cmu-slt-hsmm", 1.0, 1.0, 1.0);
    }
}
