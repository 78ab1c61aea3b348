package dev.scriptcast.speech;

import dev.scriptcast.base.ThreadBudget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.base.InputException;
import dev.scriptcast.script.Block;
import dev.scriptcast.script.Script;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NarratorNormalisationTest {
    private static final VoiceSettings ESPEAK = new VoiceSettings("espeak", "en-us", 1, 1, 1);

    @Test
    void writtenWordsAreTimedOverTheirSpokenExpansion() throws Exception {
        String text = "Dr. Lee paid $21.50 at 9:30 on May 1st, 1999.";
        Script script = new Script(Path.of("n.txt"), Map.of(), List.of(new Block.Paragraph(text, 4)));
        EspeakEngine engine = new EspeakEngine();

        Narration narration = new Narrator(engine, ESPEAK, ThreadBudget.of(1)).narrate(script, done -> { });
        Narration raw = engine.speak(new TextNormalizer().normalize(text).spoken(), 4, ESPEAK);

        assertThat(narration.words().items()).extracting(w -> w.value().text())
                .containsExactly("Dr.", "Lee", "paid", "$21.50", "at", "9:30", "on", "May", "1st,", "1999.");
        assertThat(narration.words().get(3).durationMs()).isGreaterThan(800);
        assertThat(narration.audio().durationMs()).isCloseTo(raw.audio().durationMs(),
                org.assertj.core.api.Assertions.within(200L));
    }

    @Test
    void degreeSignSurvivesScriptParsingAndIsSpoken() throws Exception {
        Path file = java.nio.file.Files.createTempFile("degrees", ".txt");
        java.nio.file.Files.writeString(file, "It is 21°C outside.\n");
        Script script = new dev.scriptcast.script.ScriptParser(0).parse(file);

        Narration narration = new Narrator(new EspeakEngine(), ESPEAK, ThreadBudget.of(1)).narrate(script, done -> { });

        assertThat(narration.words().items()).extracting(w -> w.value().text()).contains("21°C");
        assertThat(narration.words().items().stream().filter(w -> w.value().text().equals("21°C")).findFirst()
                .orElseThrow().durationMs()).isGreaterThan(700);
    }

    @Test
    void unknownVoiceIsAnInputErrorListingTheVoices() {
        assertThatThrownBy(() -> SpeechEngines.resolveVoice(new EspeakEngine(),
                new VoiceSettings("espeak", "nobody", 1, 1, 1)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("speech.voice nobody").hasMessageContaining("en-us");
        assertThat(SpeechEngines.resolveVoice(new EspeakEngine(), new VoiceSettings("espeak", null, 1, 1, 1)).voice())
                .isEqualTo("en-us");
    }
}
