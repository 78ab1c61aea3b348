package dev.scriptcast.speech.onnx;

import java.nio.file.Path;

/**
 * What a model voice did in a run: where it ran and why ({@code provider} null when every sentence came from the
 * speech cache, so the model never loaded), how many parts had the model's own timings and how many the eSpeak
 * estimate, and how many phonemes its vocabulary lacked.
 */
public record ModelVoiceStats(String engine, Path model, String provider, String providerReason, int modelTimed,
                              int estimated, int skippedPhonemes) {
    /** "model", "eSpeak estimate", "mixed", or "none" when nothing was spoken. */
    public String timings() {
        if (modelTimed == 0 && estimated == 0) {
            return "none";
        }
        return estimated == 0 ? "model" : modelTimed == 0 ? "eSpeak estimate" : "mixed";
    }
}
