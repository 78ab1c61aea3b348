package dev.scriptcast.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeechKeyTest {
    @Test
    void theLowVoiceIsCachedApartFromTheVoiceItIsMadeFrom() {
        VoiceSettings base = new VoiceSettings("mary", MaryEngine.DEFAULT_VOICE, 1.0, 1.0, 1.0);
        VoiceSettings low = new VoiceSettings("mary", MaryEngine.LOW_VOICE, 1.0, 1.0, 1.0);

        assertThat(SpeechKey.of("mary", low, "Hello there."))
                .isNotEqualTo(SpeechKey.of("mary", base, "Hello there."))
                .isEqualTo(SpeechKey.of("mary", low, "Hello there."));
    }
}
