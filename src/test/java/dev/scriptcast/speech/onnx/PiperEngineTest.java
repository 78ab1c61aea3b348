package dev.scriptcast.speech.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scriptcast.base.InputException;
import dev.scriptcast.onnx.Placement;
import dev.scriptcast.speech.Narration;
import dev.scriptcast.speech.VoiceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Piper voice speaks through the tiny model with Piper's signature, timed by the model's Ceil node. */
class PiperEngineTest {
    private static final Path CONFIG = Path.of("src/test/resources/voices/en_US-test-medium.onnx.json");
    private static final VoiceSettings VOICE = new VoiceSettings("piper", null, 1.0, 1.0, 1.0);

    @TempDir
    Path dir;

    /** A model beside a copy of the fixture config, as a downloaded voice sits. */
    private Path voice(String name, ai.onnx.proto.OnnxMl.ModelProto model) throws IOException {
        Path onnx = TinyVoiceModels.write(dir.resolve(name + ".onnx"), model);
        Files.copy(CONFIG, PiperConfig.besideModel(onnx));
        return onnx;
    }

    private static PiperEngine engine(Path model, String speaker) {
        return PiperEngine.create(new VoiceModel(model, null, speaker, Placement.cpu(1)));
    }

    @Test
    void theTimelineComesFromTheModelAndEndsWithTheAudio() throws Exception {
        Path model = voice("en_US-tiny", TinyVoiceModels.piper(true, false));
        byte[] before = Files.readAllBytes(model);
        try (PiperEngine piper = engine(model, null)) {
            Narration n = piper.speak("Hello world, this is a test.", 3, VOICE);

            assertThat(n.audio().sampleRate()).isEqualTo(48_000);
            assertThat(Math.abs(n.phonemes().endMs() - n.audio().durationMs())).isLessThanOrEqualTo(30);
            assertThat(n.words().items()).extracting(t -> t.value().text())
                    .containsExactly("Hello", "world,", "this", "is", "a", "test.");
            assertThat(n.words().items()).allMatch(t -> t.value().scriptLine() == 3 && t.endMs() > t.startMs());
            assertThat(n.phonemes().items()).anyMatch(t -> t.value().symbol().equals("oʊ") && t.value().stressed());
            ModelVoiceStats stats = piper.stats();
            assertThat(stats.timings()).isEqualTo("model");
            assertThat(stats.skippedPhonemes()).isZero();
            assertThat(stats.provider()).isEqualTo("CPU");
            assertThat(stats.providerReason()).isEqualTo("CPU requested");
        }
        assertThat(Files.readAllBytes(model)).as("the user's model file is left alone").isEqualTo(before);
    }

    @Test
    void eachIdLastsItsFramesOfHopLengthSamples() throws Exception {
        Path model = voice("en_US-tiny", TinyVoiceModels.piper(true, false));
        try (PiperEngine piper = engine(model, null)) {
            String text = "Hello.";
            Utterance u = Utterance.of(PhonemeClause.of(text, "en-us", false),
                    SymbolIds.piper(PiperConfig.read(CONFIG).phonemeIds()));
            long frames = Arrays.stream(u.ids()).map(id -> id % 3 + 1).sum();
            Narration n = piper.speak(text, 1, VOICE);
            assertThat(n.audio().frames()).isCloseTo((int) (frames * 256 * 48_000 / 22_050), org.assertj.core.data.Offset.offset(4));
            // The first item is "^" (one id, its frames at 22.05 kHz) and the second starts where it ends.
            long firstMs = Math.round((u.ids()[0] % 3 + 1) * 256 * 1000.0 / 22_050);
            assertThat(n.phonemes().get(1).startMs()).isEqualTo(firstMs);
            Narration fast = piper.speak(text, 1, new VoiceSettings("piper", null, 2.0, 1.0, 1.0));
            assertThat(fast.audio().durationMs()).isLessThan(n.audio().durationMs());
        }
    }

    @Test
    void withoutACeilNodeESpeakDurationsAreStretchedToTheAudio() throws Exception {
        Path model = voice("en_US-no-ceil", TinyVoiceModels.piper(false, false));
        try (PiperEngine piper = engine(model, null)) {
            Narration n = piper.speak("Hello world.", 1, VOICE);
            assertThat(Math.abs(n.phonemes().endMs() - n.audio().durationMs())).isLessThanOrEqualTo(30);
            assertThat(n.words().items()).extracting(t -> t.value().text()).containsExactly("Hello", "world.");
            assertThat(piper.stats().timings()).isEqualTo("eSpeak estimate");
        }
    }

    @Test
    void aSpeakerIsChosenByNameOrNumberFromTheConfig() throws Exception {
        Path model = TinyVoiceModels.write(dir.resolve("multi.onnx"), TinyVoiceModels.piper(true, true));
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(CONFIG.toFile());
        json.put("num_speakers", 2);
        json.putObject("speaker_id_map").put("ana", 0).put("ben", 1);
        Files.writeString(PiperConfig.besideModel(model), json.toString());
        try (PiperEngine piper = engine(model, "ben")) {
            assertThat(piper.speak("Hi.", 1, VOICE).audio().frames()).isPositive();
        }
        assertThat(engine(model, "1")).isNotNull();
        assertThatThrownBy(() -> engine(model, "cleo")).isInstanceOf(InputException.class)
                .hasMessageContaining("valid: ana, ben");
    }

    @Test
    void aModelWithOtherInputsIsRefusedWithOneLine() throws Exception {
        Path model = voice("wrong", TinyVoiceModels.mismatched());
        try (PiperEngine piper = engine(model, null)) {
            assertThatThrownBy(piper::start).isInstanceOf(InputException.class)
                    .hasMessageContaining("is not a Piper voice: its inputs are text")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void aMissingModelOrConfigIsOneLine() throws Exception {
        assertThatThrownBy(() -> engine(dir.resolve("none.onnx"), null)).isInstanceOf(InputException.class)
                .hasMessage("speech.model " + dir.resolve("none.onnx") + " does not exist");
        Path alone = TinyVoiceModels.write(dir.resolve("alone.onnx"), TinyVoiceModels.piper(true, false));
        assertThatThrownBy(() -> engine(alone, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("alone.onnx.json does not exist");
        assertThatThrownBy(() -> engine(null, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("needs speech.model");
    }

    @Test
    void theCeilOutputIsExposedInACopyOfTheGraph() {
        byte[] bytes = TinyVoiceModels.piper(true, false).toByteArray();
        DurationOutput.Exposed exposed = DurationOutput.expose(bytes).orElseThrow();
        assertThat(exposed.output()).isEqualTo("w_ceil");
        assertThat(exposed.model()).isNotEqualTo(bytes);
        assertThat(DurationOutput.expose(TinyVoiceModels.piper(false, false).toByteArray())).isEmpty();
    }
}
