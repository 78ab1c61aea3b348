package dev.scriptcast.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One real, short run with CPU work, a child process and a wait, checked the way the report will be read. */
class TelemetryRunTest {
    static final long INTERVAL_MS = 50;
    @TempDir
    static Path dir;
    static RunMetrics metrics;

    @BeforeAll
    static void run() throws Exception {
        try (Telemetry t = Telemetry.start(INTERVAL_MS, "libnvidia-ml-absent.so.1")) {
            t.stage("script_parsing", () -> "Hello there.\n\nSecond paragraph.".split("\n\n"));
            t.stage("cpu_work", () -> {
                double acc = 0;
                for (int p = 0; p < 2; p++) {
                    try (Span s = t.span("paragraph " + (p + 1))) {
                        acc += spin(250);
                    }
                }
                return acc;
            });
            t.stage("child_process", () -> new ProcessBuilder("sh", "-c",
                    "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done").start().waitFor());
            t.stage("waiting", () -> {
                Thread.sleep(300);
                return null;
            });
            t.stageDevice("tts_generation", "cpu", null, null);
            t.fact(new Fact.Encoder("auto", "libx264", "h264_nvenc failed to open: Cannot load libcuda.so.1"));
            t.fact(new Fact.Avatar("drawn", new LayoutRect(900, 400, 320, 320), new LayoutRect(1000, 560, 80, 40),
                    java.util.List.of(new Fact.VisemeAt(0, "X"), new Fact.VisemeAt(300, "B"))));
            t.fact(new Fact.Audio(-16.1, -1.4937581700070102, -12, 48_000, 1, 3315, false));
            t.fact(new Fact.Video(1280, 720, 30, 99, 3315, "mp4"));
            metrics = t.finish();
        }
        MetricsWriter.write(dir, java.util.Map.of("script", "test.txt"), metrics);
    }

    /** Burns {@code cpuMs} of this thread's CPU time, however long a busy machine makes that take. */
    private static double spin(long cpuMs) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + cpuMs * 1_000_000L;
        double acc = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            for (int k = 1; k < 10_000; k++) {
                acc += Math.sqrt(k) * Math.sin(k);
            }
        }
        return acc;
    }

    @Test
    void everyStageHasSamples() {
        assertThat(metrics.stages()).extracting(StageMetrics::name)
                .containsExactly("script_parsing", "cpu_work", "child_process", "waiting");
        assertThat(metrics.stages()).allSatisfy(s -> assertThat(s.sampleCount()).as(s.name()).isPositive());
    }

    @Test
    void stagesCoverNearlyAllOfTheRun() {
        assertThat(metrics.coveragePercent()).isGreaterThanOrEqualTo(98.0);
        assertThat(metrics.criticalPath().stages()).containsExactly("script_parsing", "cpu_work", "child_process",
                "waiting");
    }

    @Test
    void withoutAVideoStageTheReportSaysTheLongestStageOnTheCriticalPathBoundTheRun() {
        StageMetrics longest = metrics.stages().stream()
                .max(java.util.Comparator.comparingLong(StageMetrics::wallMs)).orElseThrow();
        assertThat(ReportMarkdown.summary(metrics)).contains("- Bound by: the CPU: the picture was ready before the "
                + "sound, and " + longest.name() + " took");
    }

    @Test
    void medianSampleIntervalIsWithinTwentyPercentOfTheSetting() {
        assertThat(metrics.sampler().medianIntervalMs()).isBetween(INTERVAL_MS * 0.8, INTERVAL_MS * 1.2);
        assertThat(metrics.sampler().cost().ticks()).isGreaterThan(10);
        assertThat(metrics.sampler().cost().threadCpuMs()).isPositive();
    }

    @Test
    void cpuTimeLandsInTheStageThatSpentIt() {
        StageMetrics work = metrics.stage("cpu_work");
        assertThat(work.cpuMs()).isGreaterThanOrEqualTo(500);
        assertThat(metrics.stage("child_process").cpuMs()).as("the child's CPU time").isGreaterThan(100);
        assertThat(metrics.stage("waiting").cpuMs()).isLessThan(metrics.stage("waiting").wallMs() * 0.3);
        assertThat(work.spans()).extracting(SpanMetrics::name).containsExactly("paragraph 1", "paragraph 2");
        assertThat(work.spans()).allSatisfy(s -> assertThat(s.cpuMs()).isGreaterThanOrEqualTo(250));
    }

    @Test
    void withoutNvmlTheReportSaysSoOnceAndHasNoGpuFigures() throws Exception {
        assertThat(metrics.run().gpu().available()).isFalse();
        assertThat(metrics.stages()).allSatisfy(s -> assertThat(s.gpu()).isNull());
        String md = Files.readString(dir.resolve(MetricsWriter.REPORT_MD));
        assertThat(md.split("no NVIDIA GPU/driver found", -1)).hasSize(2);
        assertThat(md).contains("| cpu_work |").contains("Encoder: libx264 — h264_nvenc failed to open")
                .contains("waiting mostly waited");
    }

    @Test
    void factsAreStatedInWordsAndRoundedInBothReports() throws Exception {
        String md = Files.readString(dir.resolve(MetricsWriter.REPORT_MD));
        String html = Files.readString(dir.resolve(MetricsWriter.REPORT_HTML));
        for (String report : List.of(md, html)) {
            assertThat(report).contains("Loudness -16.1 LUFS integrated, true peak -1.5 dBTP")
                    .contains("1280 × 720 at 30 fps, 99 frames").doesNotContain("1.4937").doesNotContain("Fact");
        }
        assertThat(md).contains("| avatar | 900 | 400 | 320 | 320 |", "| mouth | 1000 | 560 | 80 | 40 |");
    }

    @Test
    void metricsJsonValidatesAgainstTheSchema() throws Exception {
        JsonNode json = MetricsWriter.json().readTree(dir.resolve(MetricsWriter.METRICS_JSON).toFile());
        Schema schema;
        try (InputStream in = Telemetry.class.getResourceAsStream("/metrics.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        List<Error> errors = schema.validate(json);
        assertThat(errors).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("stages").get(0)).put("cpuPercent", 140);
        assertThat(schema.validate(json)).as("the schema rejects a broken document").isNotEmpty();
    }

    @Test
    void reportDirectoryReadsBackToTheSameMetrics() {
        RunMetrics back = MetricsWriter.read(dir);
        assertThat(back.stages()).isEqualTo(metrics.stages());
        assertThat(back.samples()).isEqualTo(metrics.samples());
        assertThat(back.run()).isEqualTo(metrics.withInputs(java.util.Map.of("script", "test.txt")).run());
    }

    @Test
    void aFailingStageIsRecordedAndRethrown() {
        Telemetry t = Telemetry.start(INTERVAL_MS, "libnvidia-ml-absent.so.1");
        assertThatThrownBy(() -> t.stage("avatar_generation", () -> {
            throw new IllegalStateException("model file missing");
        })).hasMessage("model file missing");
        RunMetrics m = t.finish();
        assertThat(m.stage("avatar_generation").failure()).isEqualTo("IllegalStateException: model file missing");
        assertThat(m.stage("avatar_generation").diagnosis()).contains(
                "avatar_generation failed: IllegalStateException: model file missing");
    }
}
