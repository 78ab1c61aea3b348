package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MaryTTS starts only when a paragraph needs it: an eSpeak render, a re-render whose speech is all cached and a
 * render refused for bad input never start it, and no run prints a Java stack trace when the JVM exits. When a
 * render does start it, the report charges the start to tts_generation, not to reading the inputs. The
 * exception is the command itself on a machine with cores to spare, which starts it at once
 * ({@link dev.scriptcast.base.ThreadBudget#spareCores}).
 */
class MaryShutdownTest {
    @TempDir
    Path dir;

    private record Exit(int code, String out, String err) {}

    private Path config() throws IOException {
        return Files.writeString(dir.resolve("c.yaml"), "work:\n  dir: " + dir.resolve("cache")
                + "\nvideo:\n  size: 256x144\n  fps: 10\n");
    }

    private Exit probe(String... args) throws Exception {
        return probe(MaryStateProbe.class, args);
    }

    private Exit probe(Class<?> main, String... args) throws Exception {
        return probe(List.of(), main, args);
    }

    private Exit probe(List<String> jvmFlags, Class<?> main, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", classpath, main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Exit(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    private static void assertMaryNeverStartedAndNoTrace(Exit run) {
        assertThat(run.out()).as(run.err()).contains("mary-state=0");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("MARY system").doesNotContain("\tat ");
    }

    @Test
    void espeakRenderNeverStartsMary() throws Exception {
        Path script = Files.writeString(dir.resolve("talk.txt"), "Hello there.\n");

        Exit run = probe("render", script.toString(), "--config", config().toString(), "--tts-engine", "espeak",
                "--skip-music", "--quiet");

        assertThat(run.code()).as(run.err()).isZero();
        assertMaryNeverStartedAndNoTrace(run);
    }

    @Test
    void cachedReRenderNeverStartsMary() throws Exception {
        Path script = Files.writeString(dir.resolve("talk.txt"), "Hello there.\n");
        Path config = config();
        CliRun first = CliRun.of("render", script.toString(), "--config", config.toString(), "--skip-music", "--quiet");
        assertThat(first.exitCode()).as(first.err()).isZero();

        Exit again = probe("render", script.toString(), "--config", config.toString(), "--skip-music");

        assertThat(again.code()).as(again.err()).isZero();
        assertMaryNeverStartedAndNoTrace(again);
    }

    @Test
    void corruptBackgroundIsOneLineAndNeverStartsMary() throws Exception {
        Path script = Files.writeString(dir.resolve("talk.txt"), "Hello there.\n");
        Path background = Files.write(dir.resolve("bg.png"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

        Exit run = probe("render", script.toString(), "--config", config().toString(), "--background",
                background.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines().filter(l -> !l.isBlank())).hasSize(1);
        assertMaryNeverStartedAndNoTrace(run);
    }

    @Test
    void exitWhileMaryStartsPrintsNoTrace() throws Exception {
        Path script = Files.writeString(dir.resolve("talk.txt"), "Hello there.\n");

        Exit run = probe(ExitWhileMaryStartsProbe.class, "render", script.toString(), "--config",
                config().toString(), "--skip-music", "--quiet");

        assertThat(run.code()).isEqualTo(130);
        assertThat(run.out()).as(run.err()).contains("mary-state=1");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("MARY system").doesNotContain("\tat ");
    }

    @Test
    void onManyCoresWhereRenderStartsMaryAtOnceARefusedRenderStillEndsInOneLine() throws Exception {
        Path script = Files.writeString(dir.resolve("talk.txt"), "Hello there.\n");
        List<String> sixteenCores = List.of("-XX:ActiveProcessorCount=16");

        Exit refused = probe(sixteenCores, Main.class, "render", dir.resolve("missing.txt").toString(), "--config",
                config().toString());
        Exit rendered = probe(sixteenCores, Main.class, "render", script.toString(), "--config", config().toString(),
                "--skip-music", "--quiet");

        assertThat(refused.code()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err().lines().filter(l -> !l.isBlank())).hasSize(1);
        assertThat(refused.err()).doesNotContain("Exception").doesNotContain("MARY system").doesNotContain("\tat ");
        assertThat(rendered.code()).as(rendered.err()).isZero();
        assertThat(dir.resolve("talk.mp4")).isNotEmptyFile();
    }

    @Test
    void aFreshJvmsFirstMaryRenderChargesTheStartToSpeech() throws Exception {
        Path script = Files.writeString(dir.resolve("talk.txt"), "Hello there.\n\nA second paragraph.\n");

        Exit run = probe("render", script.toString(), "--config", config().toString(), "--skip-music", "--quiet");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode stages = new ObjectMapper().readTree(dir.resolve("talk.report/metrics.json").toFile()).path("stages");
        JsonNode speech = stage(stages, "tts_generation");
        List<JsonNode> starts = new ArrayList<>();
        speech.path("spans").forEach(span -> {
            if (span.path("name").asText().equals("engine start")) {
                starts.add(span);
            }
        });
        assertThat(starts).as("engine start spans directly in tts_generation").hasSize(1);
        long startMs = starts.getFirst().path("wallMs").asLong();
        assertThat(startMs).as("Mary's start").isGreaterThan(300);
        assertThat(stage(stages, "script_parsing").path("wallMs").asLong()).as("script_parsing wall ms")
                .isLessThan(startMs);
        assertThat(speech.path("diagnosis").toString()).contains("tts_generation spent").contains("starting mary");
    }

    private static JsonNode stage(JsonNode stages, String name) {
        for (JsonNode stage : stages) {
            if (stage.path("name").asText().equals(name)) {
                return stage;
            }
        }
        throw new AssertionError("no stage " + name + " in " + stages);
    }
}
