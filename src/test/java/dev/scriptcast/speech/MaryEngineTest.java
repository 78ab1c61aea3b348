package dev.scriptcast.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MaryEngineTest {
    private static final String TEXT = "Hello world, this is a test. The second sentence follows a short pause!";
    private static final VoiceSettings VOICE = VoiceSettings.defaults();
    private final MaryEngine engine = new MaryEngine();

    @Test
    void phonemeTimelineEndsWithTheAudio() throws SpeechException {
        Narration narration = engine.speak(TEXT, 2, VOICE);

        long audioMs = narration.audio().durationMs();
        assertThat(audioMs).isGreaterThan(2000);
        assertThat(narration.phonemes().endMs()).isCloseTo(audioMs, within(30L));
        assertThat(narration.words().endMs()).isLessThanOrEqualTo(audioMs + 30);
    }

    @Test
    void everyWordOfTheTextIsTimedInOrder() throws SpeechException {
        Narration narration = engine.speak(TEXT, 2, VOICE);

        String[] expected = Arrays.stream(TEXT.split(" ")).map(w -> w.replaceAll("\\p{Punct}", "")).toArray(String[]::new);
        assertThat(narration.words().items()).extracting(t -> t.value().text()).containsExactly(expected);
        assertThat(narration.words().items()).allSatisfy(w -> {
            assertThat(w.durationMs()).isPositive();
            assertThat(w.value().scriptLine()).isEqualTo(2);
        });
    }

    @Test
    void phonemesAreSampaWithStressAndSilence() throws SpeechException {
        Narration narration = engine.speak(TEXT, 1, VOICE);

        assertThat(narration.phonemes().items()).allSatisfy(p ->
                assertThat(p.value().alphabet()).isEqualTo(Phoneme.Alphabet.SAMPA));
        assertThat(narration.phonemes().items()).extracting(p -> p.value().symbol()).contains("h", "@U", "_");
        assertThat(narration.phonemes().items()).anyMatch(p -> p.value().stressed());
    }
}
