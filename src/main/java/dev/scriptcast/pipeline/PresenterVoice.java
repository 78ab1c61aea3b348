package dev.scriptcast.pipeline;

import dev.scriptcast.speech.MaryEngine;
import java.util.Map;

/**
 * The voice a built-in presenter look speaks with when the user chose none: the bearded {@code sage} gets Mary's
 * lower voice. Other looks and engines keep the engine's default.
 */
public final class PresenterVoice {
    private static final Map<String, String> MARY_VOICE_OF_LOOK = Map.of("sage", MaryEngine.LOW_VOICE);

    private PresenterVoice() {}

    /** The voice for this engine and look, or null for the engine's default. */
    public static String defaultFor(String engine, String look) {
        return MaryEngine.NAME.equals(engine) && look != null ? MARY_VOICE_OF_LOOK.get(look) : null;
    }
}
