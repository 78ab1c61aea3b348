package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
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
    void refusesOtherExtensionsWithOneLine(String name) {
        Path out = dir.resolve(name);
        CliRun run = CliRun.of("render", script.toString(), "--config", config.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().getFirst()).contains(out.toString(), ".mp4, .mov, .mkv or .webm")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({"webm, libx264", "webm, libx265", "mov, libsvtav1", "mov, libvpx-vp9"})
    void refusesAnEncoderTheContainerCannotHold(String ext, String encoder) throws IOException {
        Path c = Files.writeString(dir.resolve("enc-" + encoder + ".yaml"),
                Files.readString(config) + "  encoder: " + encoder + "\n");
        CliRun run = CliRun.of("render", script.toString(), "--config", c.toString(), "-o",
                dir.resolve("x." + ext).toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("video.encoder", encoder, "." + ext);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mp4", "webm"})
    void stereoMusicGivesAStereoFileWhoseChannelsDiffer(String ext) throws Exception {
        Path music = stereoMusic(dir.resolve("wide-" + ext + ".wav"));
        Path out = dir.resolve("wide." + ext);
        CliRun run = CliRun.of("render", script.toString(), "--config", config.toString(), "--quiet",
                "--music", music.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("wide.report/metrics.json")).content().contains("\"channels\" : 2");
        float[][] channels = decodeChannels(out);
        assertThat(channels).hasNumberOfRows(2);
        assertThat(toneDb(channels[0], 220) - toneDb(channels[1], 220)).as("music tone, left over right, dB")
                .isGreaterThan(10);
    }

    /** 3 s of music loud on the left and quiet on the right. */
    private static Path stereoMusic(Path file) throws Exception {
        int rate = 44_100;
        float[] samples = new float[rate * 3 * 2];
        for (int i = 0; i < samples.length / 2; i++) {
            float tone = (float) Math.sin(2 * Math.PI * 220 * i / rate);
            samples[2 * i] = 0.5f * tone;
            samples[2 * i + 1] = 0.05f * tone;
        }
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), 2)) {
            r.setFormat("wav");
            r.setAudioCodec(avcodec.AV_CODEC_ID_PCM_S16LE);
            r.setSampleRate(rate);
            r.start();
            r.recordSamples(rate, 2, FloatBuffer.wrap(samples));
            r.stop();
        }
        return file;
    }

    /** Every decoded sample, per channel. */
    private static float[][] decodeChannels(Path file) throws IOException {
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            g.setSampleMode(FrameGrabber.SampleMode.FLOAT);
            g.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
            g.start();
            int channels = g.getAudioChannels();
            float[][] out = new float[channels][g.getSampleRate() * 10];
            int frames = 0;
            for (Frame f; (f = g.grabSamples()) != null; ) {
                FloatBuffer b = (FloatBuffer) f.samples[0];
                for (int i = b.position(); i + channels <= b.limit(); i += channels) {
                    for (int c = 0; c < channels; c++) {
                        out[c][frames] = b.get(i + c);
                    }
                    frames++;
                }
            }
            g.stop();
            for (int c = 0; c < channels; c++) {
                out[c] = Arrays.copyOf(out[c], frames);
            }
            return out;
        }
    }

    /** Level (dB) of one frequency at 48 kHz over the whole signal, by a Hann-windowed Goertzel filter. */
    private static double toneDb(float[] x, double hz) {
        double w = 2 * Math.PI * hz / 48_000;
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < x.length; i++) {
            double s0 = x[i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / (x.length - 1))) + 2 * Math.cos(w) * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double re = s1 - s2 * Math.cos(w);
        double im = s2 * Math.sin(w);
        return 10 * Math.log10((re * re + im * im) / ((double) x.length * x.length) + 1e-20);
    }
}
