package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The speech and sound parts of the command line: voices, engine and voice choice, music input errors. */
class SpeechAndMusicCliTest {
    @TempDir
    Path dir;

    private Path script() throws IOException {
        return Files.writeString(dir.resolve("talk.txt"), "Hello there.\n");
    }


    @Test
    void voicesListsEachEngineWithItsDefault() {
        CliRun run = CliRun.of("voices");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("mary:", "cmu-slt-hsmm (default)", "espeak:", "en-us (default)", "en-gb",
                "piper: needs speech.model", "kokoro: needs speech.model");
    }

    @Test
    void unknownVoiceListsTheEnginesVoices() throws IOException {
        Path config = Files.writeString(dir.resolve("c.yaml"), "speech:\n  engine: espeak\n  voice: klingon\n");

        CliRun.assertBadInput(CliRun.of("render", script().toString(), "--config", config.toString()),
                "speech.voice klingon", "en-us", "en-gb");
    }

    @Test
    void missingMusicFailsBeforeAnySpeechIsMade() throws IOException {
        Path music = dir.resolve("song.mp3");

        CliRun.assertBadInput(CliRun.of("render", script().toString(), "--music", music.toString()), music.toString(), "not found");
        assertThat(dir.resolve("talk.mp4")).doesNotExist();
    }

    @Test
    void corruptMusicNamesTheFile() throws IOException {
        Path music = Files.write(dir.resolve("song.ogg"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});

        CliRun.assertBadInput(CliRun.of("render", script().toString(), "--music", music.toString()), music.toString());
    }

    @Test
    void skipMusicIgnoresAMissingMusicFile() throws IOException {
        Path music = dir.resolve("song.mp3");
        CliRun run = CliRun.of("render", script().toString(), "--music", music.toString(), "--skip-music",
                "--tts-engine", "espeak", "--size", "320x180", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("talk.srt")).content().startsWith("1\n00:00:00,0").contains(" --> 00:00:01,", "Hello there.");
        assertThat(dir.resolve("talk.vtt")).content().startsWith("WEBVTT");
        assertThat(dir.resolve("talk.report/metrics.json")).content().contains("\"integratedLufs\"", "\"truePeakDbtp\"");
    }
}
