package dev.scriptcast.speech;

import dev.scriptcast.base.InputException;
import dev.scriptcast.speech.onnx.KokoroEngine;
import dev.scriptcast.speech.onnx.PiperEngine;
import dev.scriptcast.speech.onnx.VoiceModel;
import java.util.List;

/** The speech engines scriptcast knows, by the name used in {@code speech.engine} / {@code --tts-engine}. */
public final class SpeechEngines {
    private static final List<String> NAMES = List.of(MaryEngine.NAME, EspeakEngine.NAME, PiperEngine.NAME,
            KokoroEngine.NAME);

    private SpeechEngines() {}

    public static List<String> names() {
        return NAMES;
    }

    /** "ok" or why the engine cannot run here. */
    public static String availability(String name) {
        if (name.equals(EspeakEngine.NAME)) {
            return EspeakEngine.availability().map(reason -> "unavailable: " + reason).orElse("ok");
        }
        if (name.equals(PiperEngine.NAME) || name.equals(KokoroEngine.NAME)) {
            return "needs speech.model: a " + (name.equals(PiperEngine.NAME) ? "Piper voice .onnx" : "Kokoro .onnx")
                    + " you bring (see README)";
        }
        try {
            create(name);
            return "ok";
        } catch (RuntimeException e) {
            return "unavailable: " + e.getMessage();
        }
    }

    /**
     * The settings with the engine's default voice filled in, or an InputException listing the engine's
     * voices when the configured one does not exist.
     */
    public static VoiceSettings resolveVoice(SpeechEngine engine, VoiceSettings requested) {
        if (requested.voice() == null) {
            return new VoiceSettings(engine.name(), engine.defaultVoice(), requested.rate(), requested.pitch(),
                    requested.volume());
        }
        List<String> voices = engine.voices();
        if (!voices.contains(requested.voice())) {
            throw new InputException("speech.voice " + requested.voice() + ": no such " + engine.name()
                    + " voice; valid: " + String.join(", ", voices));
        }
        return requested;
    }

    public static SpeechEngine create(String name) {
        return create(name, VoiceModel.none());
    }

    /** {@code files}: the model a Piper or Kokoro voice loads; the other engines ignore them. */
    public static SpeechEngine create(String name, VoiceModel files) {
        return switch (name) {
            case MaryEngine.NAME -> new MaryEngine();
            case EspeakEngine.NAME -> EspeakEngine.create();
            case PiperEngine.NAME -> PiperEngine.create(files);
            case KokoroEngine.NAME -> KokoroEngine.create(files);
            default -> throw new InputException("speech.engine " + name + ": unknown speech engine; valid: "
                    + String.join(", ", NAMES));
        };
    }
}
