package dev.scriptcast.speech.onnx;

import dev.scriptcast.onnx.Placement;
import java.nio.file.Path;

/**
 * The files a model voice needs and where it runs: {@code speech.model} (the .onnx), {@code speech.voices}
 * (Kokoro's voice vectors) and {@code speech.speaker} (one speaker of a multi-speaker Piper voice); unset ones null.
 */
public record VoiceModel(Path model, Path voices, String speaker, Placement placement) {
    /** No model files: enough to name the engines, not to speak. */
    public static VoiceModel none() {
        return new VoiceModel(null, null, null, Placement.auto());
    }
}
