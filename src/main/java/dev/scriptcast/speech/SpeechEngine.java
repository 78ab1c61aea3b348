package dev.scriptcast.speech;

import java.util.List;

/** Turns one paragraph of text into timed speech. Implementations must be safe to call from several threads. */
public interface SpeechEngine {
    String name();

    List<String> voices();

    /** The voice used when none is configured. */
    default String defaultVoice() {
        return voices().getFirst();
    }

    /** Speaks {@code text}; word and phoneme times are relative to the returned audio's start. */
    Narration speak(String text, int scriptLine, VoiceSettings voice) throws SpeechException;
}
