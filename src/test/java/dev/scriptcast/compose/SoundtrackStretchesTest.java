package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scriptcast.audio.PcmFile;
import dev.scriptcast.base.ThreadBudget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;

/** The soundtrack encoded in stretches on several threads sounds like the source, seams included. */
class SoundtrackStretchesTest {
    private static final VideoFormat FMT = new VideoFormat(64, 48, 10);
    private static final int RATE = 48_000;
    private static final int SECONDS = 50;

    /** A plain grey picture, for tests about the sound. */
    static final Layer GREY = new Layer() {
        @Override
        public String name() {
            return "grey";
        }

        @Override
        public void draw(int frameIndex, Canvas canvas) {
            Arrays.fill(canvas.argb(), 0xFF808080);
        }
    };

    @TempDir
    Path dir;

    @Test
    void theSoundAtEachSeamIsAsCloseToTheSourceAsAnywhereElse() throws IOException {
        float[] source = speechLike(SECONDS * RATE);
        PcmFile audio = new PcmFile(dir.resolve("voice.f32"), RATE, 1);
        try (PcmFile.Writer w = audio.writer()) {
            w.write(source, 0, source.length);
        }
        Path segment = dir.resolve("segment.mp4");
        VideoRenderer.renderSegment(FMT, List.of(GREY), 0, SECONDS * FMT.fps(),
                new EncodeSettings("libx264", "veryfast", 23, null), Container.MP4, segment, null, ThreadBudget.of(2),
                notice -> { });
        Path out = dir.resolve("joined.mp4");

        SegmentJoiner.join(List.of(segment), audio, Container.MP4, out, 4);

        float[] heard = decode(out);
        assertThat(heard.length).isBetween(source.length - 1024, source.length + 1024);
        double[] errors = windowErrors(source, heard, RATE / 10);
        double median = median(errors);
        assertThat(snrDb(source, heard)).as("whole soundtrack").isGreaterThan(15);
        for (int seam = 20; seam < SECONDS; seam += 20) {
            int window = seam * 10;
            for (int w = window - 1; w <= window; w++) {
                assertThat(errors[w]).as("error around the seam at %d s (median %.5f)", seam, median)
                        .isLessThan(3 * median);
            }
        }
    }

    /** Voiced syllables with a moving pitch that start abruptly, so the encoder also switches to short windows. */
    private static float[] speechLike(int n) {
        float[] x = new float[n];
        double phase = 0;
        for (int i = 0; i < n; i++) {
            double t = i / (double) RATE;
            double pitch = 140 + 40 * Math.sin(2 * Math.PI * 0.7 * t);
            phase += 2 * Math.PI * pitch / RATE;
            double syllable = (t * 3.3) % 1 < 0.6 ? 1 : 0.05;
            x[i] = (float) (0.3 * syllable * (Math.sin(phase) + 0.4 * Math.sin(3 * phase) + 0.2 * Math.sin(7 * phase)));
        }
        return x;
    }

    /** Every sample of the file's sound as the decoder gives it, channels interleaved. */
    static float[] decode(Path file) throws IOException {
        List<float[]> chunks = new ArrayList<>();
        int total = 0;
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            g.setSampleFormat(AV_SAMPLE_FMT_FLT);
            g.start();
            for (Frame f; (f = g.grabSamples()) != null; ) {
                FloatBuffer b = (FloatBuffer) f.samples[0];
                float[] c = new float[b.remaining()];
                b.get(c);
                chunks.add(c);
                total += c.length;
            }
        }
        float[] all = new float[total];
        int at = 0;
        for (float[] c : chunks) {
            System.arraycopy(c, 0, all, at, c.length);
            at += c.length;
        }
        return all;
    }

    /** Root-mean-square difference per window of {@code size} samples. */
    private static double[] windowErrors(float[] a, float[] b, int size) {
        int windows = Math.min(a.length, b.length) / size;
        double[] out = new double[windows];
        for (int w = 0; w < windows; w++) {
            double sum = 0;
            for (int i = w * size; i < (w + 1) * size; i++) {
                double d = a[i] - b[i];
                sum += d * d;
            }
            out[w] = Math.sqrt(sum / size);
        }
        return out;
    }

    private static double snrDb(float[] a, float[] b) {
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            signal += a[i] * a[i];
            noise += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return 10 * Math.log10(signal / noise);
    }

    private static double median(double[] v) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
