package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.config.ConfigKey;
import dev.scriptcast.config.ConfigKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings on the command line: the key list, early checks, suggestions and reading the script from stdin. */
class ConfigCliTest {
    @TempDir
    Path dir;

    private Path script() throws IOException {
        return Files.writeString(dir.resolve("talk.txt"), "Hello there.\n");
    }


    @Test
    void configListsEveryKeyWithTypeDefaultAndRange() {
        CliRun run = CliRun.of("config");

        assertThat(run.exitCode()).isZero();
        for (ConfigKey key : ConfigKeys.ALL) {
            assertThat(run.out()).contains(key.name());
        }
        assertThat(run.out().lines().filter(l -> l.startsWith("video.fps ")).findFirst().orElseThrow())
                .contains("int", "30", "1..120");
        assertThat(run.out().lines().filter(l -> l.startsWith("video.preset ")).findFirst().orElseThrow())
                .contains("veryfast", "ultrafast|");
    }

    @Test
    void unknownPresetFailsBeforeSpeechNamingTheFlagAndTheChoices() throws IOException {
        CliRun run = CliRun.of("render", script().toString(), "--preset", "nosuch");

        CliRun.assertBadInput(run, "--preset: must be one of ultrafast, superfast, veryfast", "(got nosuch)");
        assertThat(dir.resolve("talk.mp4")).doesNotExist();
    }

    @Test
    void aNegativeGpuIsOneLineNamingTheFlagOrTheKey() throws IOException {
        CliRun.assertBadInput(CliRun.of("render", script().toString(), "--gpu", "-1"),
                "--gpu: must be between 0 and 63 (got -1)");
        Path config = Files.writeString(dir.resolve("c.yaml"), "avatar:\n  gpu: -2\n");

        CliRun.assertBadInput(CliRun.of("render", script().toString(), "--config", config.toString()),
                "avatar.gpu: must be between 0 and 63 (got -2)");
        assertThat(dir.resolve("talk.mp4")).doesNotExist();
    }

    @Test
    void badBitrateInTheConfigFailsBeforeSpeech() throws IOException {
        Path config = Files.writeString(dir.resolve("c.yaml"), "video:\n  bitrate: lots\n");
        long start = System.nanoTime();

        CliRun.assertBadInput(CliRun.of("render", script().toString(), "--config", config.toString()), "video.bitrate");
        assertThat((System.nanoTime() - start) / 1e9).as("seconds before the error").isLessThan(20);
    }

    @Test
    void missingPhotoFailsBeforeSpeech() throws IOException {
        CliRun run = CliRun.of("render", script().toString(), "--avatar-image", dir.resolve("me.png").toString());

        assertThat(run.err()).doesNotContain("tts_generation");
        CliRun.assertBadInput(run, "--avatar-image " + dir.resolve("me.png") + " does not exist");
    }

    @Test
    void uncreatableReportFolderFailsBeforeSpeech() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        CliRun run = CliRun.of("render", script().toString(), "--report", file.resolve("report").toString());

        assertThat(run.err()).doesNotContain("tts_generation");
        CliRun.assertBadInput(run, "plain-file", "cannot create the report folder");
        assertThat(dir.resolve("talk.mp4")).doesNotExist();
    }

    @Test
    void misspeltFlagSuggestsTheRightOne() throws IOException {
        CliRun.assertBadInput(CliRun.of("render", script().toString(), "--fsp", "12"), "--fsp", "did you mean --fps");
    }

    @Test
    void standardInputNeedsAnOutput() {
        CliRun.assertBadInput(CliRun.of("render", "-"), "-o", "standard input");
    }

    @Test
    void scriptFromStandardInputIsRendered() throws IOException {
        Path out = dir.resolve("piped.mp4");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Hello from a pipe.\n".getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("render", "-", "-o", out.toString(), "--tts-engine", "espeak", "--size",
                    "256x144", "--fps", "10", "--skip-music");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("sentences");
        } finally {
            System.setIn(stdin);
        }
        assertThat(out).isNotEmptyFile();
    }

    @Test
    void anErrorNamesTheFlagWhenGivenAsAFlagAndTheKeyWhenGivenInTheConfigFile() throws IOException {
        Path missing = dir.resolve("missing.mp3");
        CliRun byFlag = CliRun.of("render", script().toString(), "--music", missing.toString());
        CliRun.assertBadInput(byFlag, "--music " + missing);

        Path config = Files.writeString(dir.resolve("c.yaml"), "music:\n  path: " + missing + "\n");
        CliRun byConfig = CliRun.of("render", script().toString(), "--config", config.toString());
        CliRun.assertBadInput(byConfig, "music.path " + missing);
        assertThat(byConfig.err()).doesNotContain("--music");
    }
}
