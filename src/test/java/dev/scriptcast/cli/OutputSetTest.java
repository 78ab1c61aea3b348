package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The video, caption files and report appear together or not at all; earlier outputs survive a failure. */
class OutputSetTest {
    private static final byte[] OLD_VIDEO = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'o', 'l', 'd'};

    @TempDir
    Path dir;
    Path script;
    Path config;

    @BeforeEach
    void writeInputs() throws IOException {
        script = Files.writeString(dir.resolve("talk.txt"), "Hello from the test.\n");
        config = Files.writeString(dir.resolve("test.yaml"), "work:\n  dir: " + dir.resolve("cache")
                + "\nvideo:\n  size: 256x144\n  fps: 12\nspeech:\n  engine: espeak\n");
        Files.write(dir.resolve("talk.mp4"), OLD_VIDEO);
    }

    @Test
    void aReportThatCannotBePutInPlaceAfterTheEncodeKeepsTheEarlierVideoAndCaptions() throws Exception {
        Files.writeString(dir.resolve("talk.srt"), "earlier captions");
        Files.createDirectories(dir.resolve("talk.report/report.md/notes"));

        CliRun run = CliRun.of("render", script.toString(), "--config", config.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isNotZero();
        assertThat(run.errLines()).hasSize(1);
        assertThat(Files.readAllBytes(dir.resolve("talk.mp4"))).isEqualTo(OLD_VIDEO);
        assertThat(Files.readString(dir.resolve("talk.srt"))).isEqualTo("earlier captions");
        assertThat(dir.resolve("talk.vtt")).doesNotExist();
        assertThat(dir.resolve("talk.report/metrics.json")).doesNotExist();
        assertThat(allFiles()).noneMatch(p -> p.getFileName().toString().contains(".partial-"));
    }

    @Test
    void anUnwritableReportFolderFailsWithOneLineAndKeepsTheEarlierVideo() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");

        CliRun run = CliRun.of("render", script.toString(), "--config", config.toString(), "--quiet",
                "--report", blocker.resolve("report").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("not-a-folder");
        assertThat(Files.readAllBytes(dir.resolve("talk.mp4"))).isEqualTo(OLD_VIDEO);
        assertThat(allFiles()).noneMatch(p -> p.getFileName().toString().contains(".partial-")
                || p.getFileName().toString().equals("report.md"));
    }

    @Test
    void aCompleteRenderPutsTheWholeSetInPlace() throws Exception {
        CliRun run = CliRun.of("render", script.toString(), "--config", config.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.size(dir.resolve("talk.mp4"))).isGreaterThan(1000);
        assertThat(Files.readString(dir.resolve("talk.srt"))).contains("Hello from the test.");
        assertThat(Files.readString(dir.resolve("talk.vtt"))).startsWith("WEBVTT");
        assertThat(Files.size(dir.resolve("talk.report/report.md"))).isPositive();
        assertThat(allFiles()).noneMatch(p -> p.getFileName().toString().contains(".partial-"));
    }

    @Test
    void aScriptWithAUrlRendersWithCaptionsAndReportOnTheDefaultEngine() throws Exception {
        Files.writeString(script, "Visit https://example.org/a/b/c/d today.\n");
        Path maryConfig = Files.writeString(dir.resolve("mary.yaml"), "work:\n  dir: " + dir.resolve("cache")
                + "\nvideo:\n  size: 256x144\n  fps: 12\n");

        CliRun run = CliRun.of("render", script.toString(), "--config", maryConfig.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String srt = Files.readString(dir.resolve("talk.srt"));
        assertThat(srt.replaceAll("(?m)^\\d.*$|\\s", "")).isEqualTo("Visithttps://example.org/a/b/c/dtoday.");
        assertThat(Files.size(dir.resolve("talk.report/report.md"))).isPositive();
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.toList();
        }
    }
}
