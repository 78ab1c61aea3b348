package dev.scriptcast.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import marytts.modules.APMLParser;
import marytts.modules.EmotionmlParser;
import marytts.modules.MaryModule;
import marytts.modules.ModuleRegistry;
import marytts.modules.SSMLParser;
import marytts.modules.SableParser;
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
    void speaksWithoutStartingMarysMarkupParsers() throws SpeechException {
        engine.speak(TEXT, 2, VOICE);

        for (Class<? extends MaryModule> parser : List.of(SSMLParser.class, SableParser.class, APMLParser.class,
                EmotionmlParser.class)) {
            assertThat(ModuleRegistry.getModule(parser).getState()).as(parser.getSimpleName())
                    .isEqualTo(MaryModule.MODULE_OFFLINE);
        }
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

    /** Mary's acoustic models shared state between sentences spoken at once; a lost entry failed a sentence. */
    @Test
    void manySentencesSpokenAtOnceAllSucceed() throws Exception {
        VoiceSettings voice = VoiceSettings.defaults();
        engine.start();
        try (var pool = Executors.newFixedThreadPool(16)) {
            List<Future<Narration>> spoken = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String text = "Sentence number " + i + " is short.";
                spoken.add(pool.submit(() -> engine.speak(text, 1, voice)));
            }
            for (Future<Narration> f : spoken) {
                assertThat(f.get().audio().samples().length).isPositive();
            }
        }
    }

    @Test
    void theLowVoiceIsOfferedBesideTheVoiceItIsMadeFrom() {
        assertThat(engine.voices()).containsSubsequence("cmu-slt-hsmm", "cmu-slt-hsmm-low");
    }

    @Test
    void theLowVoiceSpeaksLowerThanItsBaseWithTheSameTiming() throws SpeechException {
        Narration base = engine.speak(TEXT, 1, VOICE);
        Narration low = engine.speak(TEXT, 1, new VoiceSettings("mary", "cmu-slt-hsmm-low", 1.0, 1.0, 1.0));

        double baseHz = VoicePitch.medianHz(base.audio());
        double lowHz = VoicePitch.medianHz(low.audio());
        assertThat(baseHz).isBetween(120.0, 300.0);
        assertThat(lowHz).isLessThan(baseHz * 0.75).isGreaterThan(70.0);
        assertThat(low.audio().durationMs()).isCloseTo(base.audio().durationMs(), within(30L));
        assertThat(low.phonemes().endMs()).isCloseTo(low.audio().durationMs(), within(30L));
        assertThat(low.words().items()).extracting(t -> t.value().text())
                .containsExactlyElementsOf(base.words().items().stream().map(t -> t.value().text()).toList());
    }

    @Test
    void voicesWithDifferentEffectsSpokenTogetherKeepTheirOwnPitch() throws Exception {
        VoiceSettings lowVoice = new VoiceSettings("mary", "cmu-slt-hsmm-low", 1.0, 1.0, 1.0);
        double aloneHz = VoicePitch.medianHz(engine.speak(TEXT, 1, VOICE).audio());
        List<Future<Narration>> base = new ArrayList<>();
        List<Future<Narration>> low = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 3; i++) {
                low.add(pool.submit(() -> engine.speak(TEXT, 1, lowVoice)));
                base.add(pool.submit(() -> engine.speak(TEXT, 1, VOICE)));
            }
            for (int i = 0; i < 3; i++) {
                assertThat(VoicePitch.medianHz(base.get(i).get().audio())).isCloseTo(aloneHz, within(aloneHz * 0.05));
                assertThat(VoicePitch.medianHz(low.get(i).get().audio())).isLessThan(aloneHz * 0.75);
            }
        }
    }
}
