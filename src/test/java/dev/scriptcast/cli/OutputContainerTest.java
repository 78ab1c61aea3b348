package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The output's extension chooses the container and its codecs; other extensions are refused up front. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutputContainerTest {
    @TempDir
    static Path dir;
    Path script;
    Path config;

    @BeforeAll
    void writeInputs() throws IOException {
        script = Files.writeString(dir.resolve("hi.txt"), "Hello there.\n");
        config = Files.writeString(dir.resolve("c.yaml"), "work:\n  dir: " + dir.resolve("cache")
                + "\nspeech:\n  engine: espeak\nvideo:\n  size: 320x180\n  fps: 12\n");
    }

    /** What a player sees in a file: the demuxer, the codecs, and how much decodes. */
    record Probe(String format, String brand, String videoCodec, String audioCodec, int channels, int frames,
                 long audioSamples) {
        static Probe of(Path file) throws IOException {
            byte[] head = Arrays.copyOf(Files.readAllBytes(file), 64);
            try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
                g.start();
                int frames = 0;
                long samples = 0;
                for (Frame f; (f = g.grab()) != null; ) {
                    if (f.image != null) {
                        frames++;
                    }
                    if (f.samples != null) {
                        samples += f.samples[0].remaining();
                    }
                }
                Probe p = new Probe(g.getFormat(), brand(head), g.getVideoCodecName(), g.getAudioCodecName(),
                        g.getAudioChannels(), frames, samples);
                g.stop();
                return p;
            }
        }

        /** An ISO file's major brand, or a Matroska file's DocType. */
        private static String brand(byte[] head) {
            String ascii = new String(head, StandardCharsets.ISO_8859_1);
            if (ascii.startsWith("ftyp", 4)) {
                return ascii.substring(8, 12).strip();
            }
            return ascii.contains("webm") ? "webm" : ascii.contains("matroska") ? "matroska" : "?";
        }
    }

    @ParameterizedTest
    @CsvSource({
            "mp4, mov, isom, h264, aac",
            "mov, mov, qt, h264, aac",
            "mkv, matroska, matroska, h264, aac",
            "MKV, matroska, matroska, h264, aac",
            "webm, webm, webm, vp9, opus"})
    void writesTheContainerItsExtensionNames(String ext, String format, String brand, String video, String audio)
            throws IOException {
        Path out = dir.resolve("hi-" + ext + "." + ext);
        CliRun run = CliRun.of("render", script.toString(), "--config", config.toString(), "--quiet",
                "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Probe probe = Probe.of(out);
        assertThat(probe.format()).contains(format);
        assertThat(probe.brand()).isEqualTo(brand);
        assertThat(probe.videoCodec()).isEqualTo(video);
        assertThat(probe.audioCodec()).isEqualTo(audio);
        assertThat(probe.channels()).as("speech only is mono").isEqualTo(1);
        assertThat(probe.frames()).as("decoded video frames").isGreaterThanOrEqualTo(6);
        assertThat(probe.audioSamples()).as("decoded audio samples").isGreaterThan(24_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi.gif", "hi.xyz", "hi"})
    void refusesOtherExtensionsWithOneLineBeforeSpeaking(String name) {
        Path out = dir.resolve(name);
        CliRun run = CliRun.of("render", script.toString(), "--config", config.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().getFirst()).contains(out.toString(), ".mp4, .mov, .mkv or .webm")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"libx264", "libx265"})
    void refusesAnEncoderTheWebmContainerCannotHold(String encoder) throws IOException {
        Path c = Files.writeString(dir.resolve("enc-" + encoder + ".yaml"),
                Files.readString(config) + "  encoder: " + encoder + "\n");
        CliRun run = CliRun.of("render", script.toString(), "--config", c.toString(), "-o",
                dir.resolve("x.webm").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("video.encoder", encoder, ".webm");
    }
}
