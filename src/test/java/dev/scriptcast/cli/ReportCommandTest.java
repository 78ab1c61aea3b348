package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.telemetry.MetricsWriter;
import dev.scriptcast.telemetry.Telemetry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} and {@code compare} on report folders written by real (short) measured runs. */
class ReportCommandTest {
    @TempDir
    static Path dir;
    static Path fast;
    static Path slow;

    @BeforeAll
    static void twoRuns() throws Exception {
        fast = run("fast", 50, Map.of("video.fps", 30, "video.encoder", "libx264", "speech.engine", "mary"));
        slow = run("slow", 400, Map.of("video.fps", 25, "video.encoder", "libx264"));
    }

    private static Path run(String name, long waitMs, Map<String, Object> settings) throws Exception {
        try (Telemetry t = Telemetry.start(50)) {
            t.stage("script_parsing", () -> "one paragraph".split(" "));
            t.stage("video_composition", () -> {
                Thread.sleep(waitMs);
                return null;
            });
            Path out = dir.resolve(name + ".report");
            MetricsWriter.write(out, Map.of("script", name + ".txt", "settings", settings), t.finish());
            return out;
        }
    }

    @Test
    void reportReprintsTheSummaryOfAnEarlierRun() {
        CliRun run = CliRun.of("report", slow.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("| video_composition |", "| script_parsing |", "## Diagnosis", "Sampling: every 50 ms");
    }

    @Test
    void compareShowsWhichStageGotSlower() {
        CliRun run = CliRun.of("compare", fast.toString(), slow.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String row = run.out().lines().filter(l -> l.startsWith("video_composition")).findFirst().orElseThrow();
        assertThat(row).contains("+0.3").contains("CPU");
        assertThat(run.out()).contains("total");
    }

    @Test
    void compareListsTheSettingsThatDiffer() {
        CliRun run = CliRun.of("compare", fast.toString(), slow.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Settings that differ");
        assertThat(run.out().lines().filter(l -> l.startsWith("video.fps")).findFirst().orElseThrow())
                .matches("video\\.fps\\s+30\\s+25");
        assertThat(run.out().lines().filter(l -> l.startsWith("speech.engine")).findFirst().orElseThrow())
                .matches("speech\\.engine\\s+mary\\s+—");
        assertThat(run.out()).doesNotContain("video.encoder");
    }

    @Test
    void aMissingOrBrokenReportFolderIsOneLineAndExitCodeTwo() throws Exception {
        CliRun missing = CliRun.of("report", dir.resolve("nope.report").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).hasSize(1);
        assertThat(missing.errLines().getFirst()).contains("nope.report");

        Path broken = Files.createDirectories(dir.resolve("broken.report"));
        Files.writeString(broken.resolve("metrics.json"), "{ not json");
        CliRun bad = CliRun.of("compare", fast.toString(), broken.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).hasSize(1);
        assertThat(bad.errLines().getFirst()).contains("broken.report").contains("not a scriptcast metrics file");
    }
}
