package dev.scriptcast.speech;

import dev.scriptcast.base.ThreadBudget;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.script.Block;
import dev.scriptcast.script.Script;
import dev.scriptcast.timeline.Timed;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NarratorPauseTest {
    @ParameterizedTest
    @CsvSource({"mary, cmu-slt-hsmm", "espeak, en-us"})
    void pauseDirectiveIsOneSecondOfSilenceBetweenTheParagraphs(String engineName, String voice) throws Exception {
        SpeechEngine engine = SpeechEngines.create(engineName);
        Script script = new Script(Path.of("pause.txt"), Map.of(), List.of(
                new Block.Paragraph("First we wait.", 1),
                new Block.Pause(1000, 2),
                new Block.Paragraph("Then we talk again.", 3)));
        VoiceSettings settings = new VoiceSettings(engineName, voice, 1.0, 1.0, 1.0);
        Narration alone = engine.speak("First we wait.", 1, settings);

        Narration narration = new Narrator(engine, settings, ThreadBudget.of(2)).narrate(script, done -> { });

        Timed<Word> wait = narration.words().get(2);
        Timed<Word> then = narration.words().get(3);
        assertThat(wait.value().text()).startsWith("wait");
        assertThat(then.value().text()).isEqualTo("Then");
        // eSpeak NG's audio for the same text can differ by a few ms from call to call, so the pause is found
        // between the narration's own words rather than at the length of the paragraph spoken alone
        long pauseMiddleMs = (wait.endMs() + then.startMs()) / 2;
        long silentMs = silentRunMs(narration.audio(), pauseMiddleMs);
        assertThat(silentMs).isBetween(950L, 1050L + trailingSilenceMs(alone) + 400);
        assertThat(then.startMs() - wait.endMs()).isBetween(950L, 1600L);
        assertThat(narration.phonemes().at(pauseMiddleMs)).hasValueSatisfying(p ->
                assertThat(p.value().isSilence()).isTrue());
    }

    private static long trailingSilenceMs(Narration n) {
        return n.audio().durationMs() - n.words().endMs();
    }

    /** Length of the near-silent stretch (|x| < 0.003) around {@code atMs}. */
    private static long silentRunMs(PcmAudio audio, long atMs) {
        float[] s = audio.samples();
        int at = (int) (atMs * audio.sampleRate() / 1000) + 10;
        int from = at;
        while (from > 0 && Math.abs(s[from - 1]) < 0.003f) {
            from--;
        }
        int to = at;
        while (to < s.length && Math.abs(s[to]) < 0.003f) {
            to++;
        }
        return (to - from) * 1000L / audio.sampleRate();
    }
}
