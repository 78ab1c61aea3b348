package dev.scriptcast.speech;

import java.util.List;

/** Turns one paragraph of text into timed speech. Implementations must be safe to call from several threads. */
public interface SpeechEngine {
    String name();

    List<String> voices();

    /**
     * What decides the sound besides the voice settings, for the speech cache's key: the name, and for a model
     * voice the model it loads.
     */
    default String identity() {
        return name();
    }

    /** The voice used when none is configured. */
    default String defaultVoice() {
        return voices().getFirst();
    }

    /** Whether the engine can speak without loading anything first. */
    default boolean started() {
        return true;
    }

    /**
     * Loads the engine if it is not loaded yet. {@link #speak} does so itself when needed; calling this first only
     * lets a caller time the start apart from the first paragraph.
     */
    default void start() throws SpeechException {
    }

    /**
     * Begins loading the engine on a thread of its own and returns at once, for a caller with other slow work to
     * do before the first sentence; {@link #start} then waits for that load, and a failure surfaces there.
     */
    default void startAhead() {
    }

    /** Speaks {@code text}; word and phoneme times are relative to the returned audio's start. */
    Narration speak(String text, int scriptLine, VoiceSettings voice) throws SpeechException;
}
