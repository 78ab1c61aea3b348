package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scriptcast.speech.onnx.TinyVoiceModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Renders with a Piper voice (the tiny test model) through the command line, and refuses bad voice files. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PiperRenderTest {
    @TempDir
    static Path dir;
    Path script;
    Path config;
    Path voice;

    @BeforeAll
    void writeInputs() throws IOException {
        script = Files.writeString(dir.resolve("talk.md"), "# Piper\n\nHello from a Piper voice.\n");
        config = Files.writeString(dir.resolve("test.yaml"), "work:\n  dir: " + dir.resolve("cache")
                + "\nvideo:\n  size: 320x180\n  fps: 24\n");
        voice = TinyVoiceModels.write(dir.resolve("en_US-tiny.onnx"), TinyVoiceModels.piper(true, false));
        Files.copy(Path.of("src/test/resources/voices/en_US-test-medium.onnx.json"),
                dir.resolve("en_US-tiny.onnx.json"));
    }

    private CliRun render(String... extra) {
        List<String> args = new ArrayList<>(List.of("render", script.toString(), "--config", config.toString(),
                "--quiet", "--tts-engine", "piper"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aPiperVoiceGivesAVideoWithSoundAndTheReportSaysWhereItRan() throws Exception {
        CliRun run = render("--voice-model", voice.toString(), "--captions");
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode facts = new ObjectMapper().readTree(dir.resolve("talk.report/metrics.json").toFile()).path("facts");
        JsonNode model = facts.path("voiceModel");
        assertThat(model.path("engine").asText()).isEqualTo("piper");
        assertThat(model.path("provider").asText()).isIn("CPU", "CUDA");
        assertThat(model.path("providerReason").asText()).isNotBlank();
        assertThat(model.path("timings").asText()).isEqualTo("model");
        assertThat(model.path("skippedPhonemes").asInt()).isZero();
        assertThat(Files.readString(dir.resolve("talk.report/report.md"))).contains("Voice model");
        assertThat(Files.readString(dir.resolve("talk.srt"))).contains("Piper");

        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(dir.resolve("talk.mp4").toFile())) {
            g.start();
            assertThat(g.getAudioCodecName()).isEqualTo("aac");
            assertThat(RenderEndToEndTest.rms(g)).as("the tone is audible").isGreaterThan(0.02);
        }
    }

    @Test
    void aModelWithOtherInputsExitsTwoWithOneLine() throws Exception {
        Path wrong = TinyVoiceModels.write(dir.resolve("wrong.onnx"), TinyVoiceModels.mismatched());
        Files.copy(Path.of("src/test/resources/voices/en_US-test-medium.onnx.json"), dir.resolve("wrong.onnx.json"));
        CliRun.assertBadInput(render("--voice-model", wrong.toString(), "--output", dir.resolve("w.mp4").toString()),
                "wrong.onnx", "is not a Piper voice");
        assertThat(dir.resolve("w.mp4")).doesNotExist();
    }

    @Test
    void aMissingModelOrConfigExitsTwoWithOneLine() throws Exception {
        CliRun.assertBadInput(render(), "needs --voice-model");
        CliRun.assertBadInput(render("--voice-model", dir.resolve("absent.onnx").toString()), "absent.onnx",
                "does not exist");
        Path alone = TinyVoiceModels.write(dir.resolve("alone.onnx"), TinyVoiceModels.piper(true, false));
        CliRun.assertBadInput(render("--voice-model", alone.toString()), "alone.onnx.json", "does not exist");
    }
}
