package dev.scriptcast.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.timeline.Timed;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EspeakEngineTest {
    private static final String TEXT = "Hello world, this is a test. The second sentence follows a short pause!";
    private static final VoiceSettings VOICE = new VoiceSettings("espeak", "en-us", 1.0, 1.0, 1.0);
    private final EspeakEngine engine = new EspeakEngine();

    @Test
    void isAvailableWhereTheDebianPackageIsInstalled() {
        assertThat(EspeakEngine.availability()).isEmpty();
    }

    @Test
    void missingLibraryNamesThePackageToInstall() {
        assertThat(EspeakEngine.missingLibrary("libespeak-ng-absent.so.9"))
                .hasValue("libespeak-ng-absent.so.9 not found — install the Debian package espeak-ng");
    }

    @Test
    void timelinesEndWithTheAudioAndOnlySilenceFollowsTheLastWord() throws SpeechException {
        Narration narration = engine.speak(TEXT, 3, VOICE);

        assertThat(narration.audio().sampleRate()).isEqualTo(22050);
        long audioMs = narration.audio().durationMs();
        assertThat(audioMs).isGreaterThan(2000);
        assertThat(narration.phonemes().endMs()).isCloseTo(audioMs, within(30L));
        long lastWordEndMs = narration.words().endMs();
        assertThat(lastWordEndMs).isBetween(audioMs - 150, audioMs);
        assertThat(narration.phonemes().items()).filteredOn(p -> p.startMs() >= lastWordEndMs)
                .allMatch(p -> p.value().isSilence());
    }

    @Test
    void everyWordOfTheTextIsTimedInOrder() throws SpeechException {
        Narration narration = engine.speak(TEXT, 3, VOICE);

        assertThat(narration.words().items()).extracting(t -> t.value().text())
                .containsExactly(TEXT.split(" "));
        assertThat(narration.words().items()).allSatisfy(w -> {
            assertThat(w.durationMs()).isPositive();
            assertThat(w.value().scriptLine()).isEqualTo(3);
        });
    }

    @Test
    void wordsEspeakJoinsOrRepeatsAreStillTimedOnce() throws SpeechException {
        String text = "They read at a glance; long lines tire the eye, and cues are missed. Good breaks follow.";
        Narration narration = engine.speak(text, 1, VOICE);

        assertThat(narration.words().items()).extracting(t -> t.value().text()).containsExactly(text.split(" "));
    }

    @Test
    void phonemesAreIpaWithSilenceBetweenSentences() throws SpeechException {
        Narration narration = engine.speak(TEXT, 1, VOICE);

        List<String> symbols = narration.phonemes().items().stream().map(t -> t.value().symbol()).toList();
        assertThat(symbols).contains("h", "ɜː", "ð", "_");
        assertThat(narration.phonemes().items()).filteredOn(p -> p.value().stressed())
                .extracting(p -> p.value().symbol()).startsWith("oʊ", "ɜː");
        assertThat(narration.phonemes().items()).allSatisfy(p ->
                assertThat(p.value().alphabet()).isEqualTo(Phoneme.Alphabet.IPA));
        Timed<Word> test = narration.words().get(5);
        assertThat(test.value().text()).isEqualTo("test.");
        assertThat(narration.phonemes().at(test.endMs() + 50)).hasValueSatisfying(p ->
                assertThat(p.value().isSilence()).isTrue());
    }

    @Test
    void wordsAreLoudAndPausesQuiet() throws SpeechException {
        Narration narration = engine.speak(TEXT, 1, VOICE);
        PcmAudio audio = narration.audio();

        double pauseRms = narration.phonemes().items().stream().filter(p -> p.value().isSilence())
                .filter(p -> p.durationMs() >= 100).mapToDouble(p -> rms(audio, p)).max().orElseThrow();
        double wordRms = narration.words().items().stream().mapToDouble(w -> rms(audio, w)).min().orElseThrow();
        assertThat(wordRms).isGreaterThan(pauseRms * 5);
    }

    @Test
    void rateSettingSpeaksFaster() throws SpeechException {
        long normal = engine.speak(TEXT, 1, VOICE).audio().durationMs();
        long fast = engine.speak(TEXT, 1, new VoiceSettings("espeak", "en-us", 2.0, 1.0, 1.0)).audio().durationMs();

        assertThat(fast).isLessThan(normal * 7 / 10);
    }

    @Test
    void concurrentCallsEachGetTheirOwnCompleteSpeech() throws Exception {
        long expectedMs = engine.speak(TEXT, 1, VOICE).audio().durationMs();
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            List<Future<Narration>> results = pool.invokeAll(List.of(
                    () -> engine.speak(TEXT, 1, VOICE), () -> engine.speak(TEXT, 1, VOICE),
                    () -> engine.speak(TEXT, 1, VOICE)));
            for (Future<Narration> result : results) {
                Narration narration = result.get();
                assertThat(narration.audio().durationMs()).isCloseTo(expectedMs, withinPercentage(5));
                assertThat(narration.words().items()).extracting(t -> t.value().text()).containsExactly(TEXT.split(" "));
                assertThat(narration.phonemes().endMs()).isEqualTo(narration.audio().durationMs());
            }
        }
    }

    @Test
    void listsEnglishVoicesAndRejectsUnknownOnes() {
        assertThat(engine.voices()).contains("en-us", "en-gb").allMatch(v -> v.startsWith("en"));
        assertThatThrownBy(() -> engine.speak("Hi", 1, new VoiceSettings("espeak", "xx-nope", 1, 1, 1)))
                .isInstanceOf(SpeechException.class).hasMessageContaining("xx-nope");
    }

    private static double rms(PcmAudio audio, Timed<?> span) {
        int from = (int) (span.startMs() * audio.sampleRate() / 1000);
        int to = (int) Math.min(audio.samples().length, span.endMs() * audio.sampleRate() / 1000);
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += audio.samples()[i] * audio.samples()[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }
}
