package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad usage and bad input: exit code 2 and exactly one line on stderr naming the culprit, no stack trace. */
class ExitCodeTest {
    @TempDir
    Path dir;

    private Path script() throws IOException {
        return Files.writeString(dir.resolve("talk.txt"), "Hello there.\n");
    }


    @Test
    void missingScript() {
        CliRun.assertBadInput(CliRun.of("render", dir.resolve("nope.txt").toString()), "nope.txt: no such file");
    }

    @Test
    void directoryAsScript() {
        CliRun.assertBadInput(CliRun.of("render", dir.toString()), "is a folder, not a file");
    }

    @Test
    void unknownFlag() throws IOException {
        CliRun.assertBadInput(CliRun.of("render", script().toString(), "--frobnicate"), "--frobnicate");
    }

    @Test
    void outOfRangeFps() throws IOException {
        CliRun.assertBadInput(CliRun.of("render", script().toString(), "--fps", "500"), "--fps: must be between 1 and 120");
    }

    @Test
    void malformedSize() throws IOException {
        CliRun.assertBadInput(CliRun.of("render", script().toString(), "--size", "big"), "--size: must look like 1280x720");
    }

    @Test
    void outputEqualToScriptIsRefused() throws IOException {
        Path s = script();
        CliRun.assertBadInput(CliRun.of("render", s.toString(), "-o", s.toString()), "is the script");
        assertThat(Files.readString(s)).isEqualTo("Hello there.\n");
    }

    @Test
    void unknownSpeechEngineListsValidNames() throws IOException {
        CliRun.assertBadInput(CliRun.of("render", script().toString(), "--tts-engine", "gtts"), "valid: mary");
    }

    @Test
    void badConfigFileNamesFileAndLine() throws IOException {
        Path config = Files.writeString(dir.resolve("c.yaml"), "video:\n  fps: 30\n  bogus: 1\n");
        CliRun.assertBadInput(CliRun.of("render", script().toString(), "--config", config.toString()),
                "c.yaml:3: video.bogus: unknown setting");
    }

    @Test
    void versionAndHelpSucceed() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("scriptcast ");
        CliRun help = CliRun.of("render", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--avatar", "--visualize", "--background", "--skip-music", "--tts-engine");
    }

    @Test
    void doctorListsEncodersAndEngines() {
        CliRun doctor = CliRun.of("doctor");
        assertThat(doctor.exitCode()).isZero();
        assertThat(doctor.out()).contains("FFmpeg:", "libx264", "h264_nvenc", "mary");
    }
}
