package dev.scriptcast.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.script.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NarratorSpeakersTest {
    private static final VoiceSettings NARRATOR = new VoiceSettings("espeak", "en-us", 1.0, 1.0, 1.0);
    private static final VoiceSettings FAST = new VoiceSettings("espeak", "en-us", 1.6, 1.3, 1.0);

    private static List<Narrator.Spoken> speak(Voices voices, List<Sentence> sentences) throws Exception {
        List<Narrator.Spoken> out = new ArrayList<>();
        new Narrator(voices, ThreadBudget.of(2)).speak(Path.of("talk.md"), sentences, (i, s) -> out.add(s));
        return out;
    }

    @Test
    void twoSpeakersSayingTheSameTextGetTwoSpeechKeysAndTheirOwnVoices() throws Exception {
        SpeechEngine engine = new EspeakEngine();
        Voices voices = new Voices(new Voices.Voice(engine, NARRATOR),
                Map.of("ana", new Voices.Voice(engine, NARRATOR), "Ben", new Voices.Voice(engine, FAST)));
        String text = "We could meet again tomorrow afternoon, if the weather holds.";

        List<Narrator.Spoken> spoken = speak(voices, List.of(new Sentence(text, 1, "ana"),
                new Sentence(text, 2, "Ben"), new Sentence(text, 3)));

        assertThat(spoken.get(0).key()).isNotEqualTo(spoken.get(1).key())
                .isEqualTo(SpeechKey.of("espeak", NARRATOR, text));
        assertThat(spoken.get(1).key()).isEqualTo(SpeechKey.of("espeak", FAST, text));
        assertThat(spoken.get(2).key()).as("the narrator has the speech.* voice").isEqualTo(spoken.get(0).key());
        assertThat(spoken.get(1).speech().audio().durationMs())
                .as("Ben's faster rate reaches the engine")
                .isLessThan(spoken.get(0).speech().audio().durationMs() * 3 / 4);
    }

    @Test
    void wordsNameTheirSpeakerAndTheNarratorsNone() throws Exception {
        SpeechEngine engine = new EspeakEngine();
        Voices voices = new Voices(new Voices.Voice(engine, NARRATOR), Map.of("ana", new Voices.Voice(engine, FAST)));

        List<Narrator.Spoken> spoken = speak(voices, List.of(new Sentence("Hello there.", 1, "ana"),
                new Sentence("And welcome.", 2)));

        assertThat(spoken.get(0).speech().words().items()).extracting(w -> w.value().speaker())
                .containsOnly("ana").hasSize(2);
        assertThat(spoken.get(1).speech().words().items()).extracting(w -> w.value().speaker())
                .containsOnlyNulls();
    }

    @Test
    void speakersOnOneEngineShareItAndWrappingWrapsEachEngineOnce() {
        SpeechEngine espeak = new EspeakEngine();
        SpeechEngine mary = new MaryEngine();
        Voices voices = new Voices(new Voices.Voice(espeak, NARRATOR), Map.of("ana", new Voices.Voice(espeak, FAST),
                "ben", new Voices.Voice(mary, VoiceSettings.defaults())));
        List<SpeechEngine> wrapped = new ArrayList<>();

        Voices out = voices.wrapped(e -> {
            SpeechEngine w = new ForwardingSpeechEngine(e) {
                @Override
                public Narration speak(String text, int line, VoiceSettings voice) throws SpeechException {
                    return engine.speak(text, line, voice);
                }
            };
            wrapped.add(w);
            return w;
        });

        assertThat(voices.engines()).containsExactly(espeak, mary);
        assertThat(wrapped).hasSize(2);
        assertThat(out.of("ANA").engine()).isSameAs(out.narrator().engine());
        assertThat(out.of("ben").engine()).isSameAs(wrapped.get(1));
        assertThat(out.of("ben").settings()).isEqualTo(VoiceSettings.defaults());
        assertThat(out.of("nobody")).isEqualTo(out.narrator());
    }
}
