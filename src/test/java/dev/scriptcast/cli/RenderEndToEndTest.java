package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ShortBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Real renders through the command line, checked by decoding what was written. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RenderEndToEndTest {
    @TempDir
    static Path dir;
    Path script;
    Path config;

    @BeforeAll
    void writeInputs() throws IOException {
        script = Files.writeString(dir.resolve("talk.md"), "# Short demo\n\nHello from the test.\n");
        config = Files.writeString(dir.resolve("test.yaml"),
                "work:\n  dir: " + dir.resolve("cache") + "\nvideo:\n  size: 320x180\n  fps: 24\n");
    }

    private CliRun render(String... extra) {
        List<String> args = new ArrayList<>(List.of("render", script.toString(), "--config", config.toString(),
                "--quiet"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private JsonNode metrics(String base) throws IOException {
        return new ObjectMapper().readTree(dir.resolve(base + ".report/metrics.json").toFile());
    }

    @Test
    @Order(1)
    void rendersAPlayableMp4WhoseLengthMatchesTheSpeech() throws Exception {
        CliRun run = render();
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path out = dir.resolve("talk.mp4");
        JsonNode metrics = metrics("talk");
        long speechMs = metrics.path("facts").path("video").path("durationMs").asLong();
        assertThat(speechMs).isBetween(1500L, 8000L);

        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(out.toFile())) {
            g.start();
            assertThat(g.getVideoCodecName()).isEqualTo("h264");
            assertThat(g.getAudioCodecName()).isEqualTo("aac");
            assertThat(g.getImageWidth()).isEqualTo(320);
            assertThat(g.getImageHeight()).isEqualTo(180);
            assertThat(g.getLengthInTime() / 1000.0).isCloseTo(speechMs, org.assertj.core.data.Offset.offset(200.0));
            assertThat(rms(g)).as("speech is audible").isGreaterThan(0.02);
        }
        List<String> stages = new ArrayList<>();
        metrics.path("stages").forEach(s -> {
            stages.add(s.path("name").asText());
            assertThat(s.has("wallMs") && s.has("cpuMs") && s.path("peakRssMb").asDouble() > 0).isTrue();
        });
        assertThat(stages).containsExactly("script_parsing", "tts_generation", "video_composition",
                "audio_mixing", "muxing");
    }

    @Test
    @Order(2)
    void theRunsMetricsValidateAgainstTheSchemaAndEveryStageHasSamples() throws Exception {
        JsonNode metrics = metrics("talk");
        try (var in = getClass().getResourceAsStream("/metrics.schema.json")) {
            var schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                    com.networknt.schema.SpecificationVersion.DRAFT_2020_12).getSchema(in);
            assertThat(schema.validate(metrics)).isEmpty();
        }
        metrics.path("stages").forEach(s -> assertThat(s.path("sampleCount").asInt()).as(s.path("name").asText())
                .isPositive());
        assertThat(Files.readString(dir.resolve("talk.report/report.md"))).contains("| video_composition |");
        assertThat(dir.resolve("talk.report/report.html")).isNotEmptyFile();
    }

    @Test
    @Order(2)
    void theReportStatesTheRunsFactsInWordsWithRoundedNumbers() throws Exception {
        String report = Files.readString(dir.resolve("talk.report/report.md"));
        assertThat(report).doesNotContain("null").doesNotContain("Info[").doesNotContain("{");
        assertThat(report).doesNotContainPattern("\\d\\.\\d{3,}");
        assertThat(report).contains("Loudness").contains("LUFS").contains("320 × 180");
    }

    @Test
    @Order(3)
    void aNewBackgroundReusesTheCachedSpeech() throws Exception {
        CliRun run = render("--background", "#203040", "-o", dir.resolve("again.mp4").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode cache = metrics("again").path("facts").path("speechCache");
        assertThat(cache.path("misses").asInt()).isZero();
        assertThat(cache.path("hits").asInt()).isEqualTo(2);
    }

    @Test
    @Order(4)
    void aFailedRunLeavesTheExistingOutputUntouchedAndNoPartialFile() throws Exception {
        Path out = dir.resolve("keep.mp4");
        Files.writeString(out, "previous video");
        Path corrupt = Files.write(dir.resolve("bad.png"), new byte[] {1, 2, 3, 4});
        CliRun run = render("--background", corrupt.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().getFirst()).contains("bad.png");
        assertThat(Files.readString(out)).isEqualTo("previous video");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("partial"));
        }
    }

    static double rms(FFmpegFrameGrabber g) throws Exception {
        double sum = 0;
        long n = 0;
        for (Frame f; (f = g.grabSamples()) != null; ) {
            if (f.samples[0] instanceof FloatBuffer fb) {
                while (fb.hasRemaining()) {
                    float v = fb.get();
                    sum += v * v;
                    n++;
                }
            } else if (f.samples[0] instanceof ShortBuffer sb) {
                while (sb.hasRemaining()) {
                    double v = sb.get() / 32768.0;
                    sum += v * v;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : Math.sqrt(sum / n);
    }
}
