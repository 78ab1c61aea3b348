package dev.scriptcast.speech;

import dev.scriptcast.pipeline.InputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The speech engines scriptcast knows, by the name used in {@code speech.engine} / {@code --tts-engine}. */
public final class SpeechEngines {
    private static final Map<String, Supplier<SpeechEngine>> ENGINES = new LinkedHashMap<>();

    static {
        ENGINES.put(MaryEngine.NAME, MaryEngine::new);
    }

    private SpeechEngines() {}

    public static Iterable<String> names() {
        return ENGINES.keySet();
    }

    /** "ok" or why the engine cannot run here. */
    public static String availability(String name) {
        try {
            create(name);
            return "ok";
        } catch (RuntimeException e) {
            return "unavailable: " + e.getMessage();
        }
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
