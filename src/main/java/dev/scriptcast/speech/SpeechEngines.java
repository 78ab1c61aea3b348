package dev.scriptcast.speech;

import dev.scriptcast.base.InputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The speech engines scriptcast knows, by the name used in {@code speech.engine} / {@code --tts-engine}. */
public final class SpeechEngines {
    private static final Map<String, Supplier<SpeechEngine>> ENGINES = new LinkedHashMap<>();

    static {
        ENGINES.put(MaryEngine.NAME, MaryEngine::new);
        ENGINES.put(EspeakEngine.NAME, EspeakEngine::create);
    }

    private SpeechEngines() {}

    public static Iterable<String> names() {
        return ENGINES.keySet();
    }

    /** "ok" or why the engine cannot run here. */
    public static String availability(String name) {
        if (name.equals(EspeakEngine.NAME)) {
            return EspeakEngine.availability().map(reason -> "unavailable: " + reason).orElse("ok");
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
        Supplier<SpeechEngine> factory = ENGINES.get(name);
        if (factory == null) {
            throw new InputException("--tts-engine " + name + ": unknown speech engine; valid: "
                    + String.join(", ", ENGINES.keySet()));
        }
        return factory.get();
    }
}
