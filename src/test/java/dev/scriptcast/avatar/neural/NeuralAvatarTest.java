package dev.scriptcast.avatar.neural;

import dev.scriptcast.base.ThreadBudget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.base.InputException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeuralAvatarTest {
    private static final VideoFormat FORMAT = new VideoFormat(640, 360, 25);
    private static final AvatarPlacement RIGHT = new AvatarPlacement("right", 1.0, null);
    /** Where RIGHT puts a square picture in FORMAT. */
    private static final Rect PLACEMENT = RIGHT.place(FORMAT, 512, 512);

    /** One second of silence, half a second of sweeping tone and noise, half a second of silence. */
    private static PcmAudio narration() throws IOException {
        float[] chirp = MelSpectrogramTest.resource("chirp.f32");
        float[] samples = new float[32_000];
        System.arraycopy(chirp, 0, samples, 16_000, chirp.length);
        return new PcmAudio(samples, 16_000);
    }

    @Test
    void thePortraitsMouthFollowsTheNarrationAndNothingElseChanges() throws Exception {
        int frames = 50;
        List<int[]> rendered = new ArrayList<>();
        Rect face;
        try (LipSyncModel model = LipSyncModel.load(LipSyncModelTest.model("tiny-96.onnx"));
             NeuralAvatar avatar = NeuralAvatar.forPortrait(model, narration(), TestPortrait.path(),
                     Optional.empty(), RIGHT, FORMAT, frames, 8, ThreadBudget.of(2))) {
            face = StillPortrait.load(TestPortrait.path(), PLACEMENT.w(), PLACEMENT.h(), Optional.empty()).next().face();
            for (int i = 0; i < frames; i++) {
                rendered.add(null);
            }
            // Two composer threads drawing interleaved frames, as a parallel composer would.
            CompletableFuture<Void> odd = CompletableFuture.runAsync(() -> drawEvery(avatar, 1, 2, frames, rendered));
            drawEvery(avatar, 0, 2, frames, rendered);
            odd.get();
            avatar.awaitDone();
            LipSyncStats stats = avatar.stats();
            assertThat(stats.frames()).isEqualTo(frames);
            assertThat(stats.provider()).isEqualTo(model.providerUsed());
            assertThat(stats.framesPerSecond()).isPositive();
        }
        Rect mouth = new Rect(PLACEMENT.x() + face.x() + face.w() / 3, PLACEMENT.y() + face.y() + face.h() * 6 / 10,
                face.w() / 3, face.h() / 5);
        assertThat(meanDifference(rendered.get(5), rendered.get(10), mouth)).isZero();
        assertThat(meanDifference(rendered.get(5), rendered.get(28), mouth)).isGreaterThan(2.0);

        BufferedImage portrait = StillPortrait.scaled(ImageIO.read(TestPortrait.path().toFile()), PLACEMENT.w(), PLACEMENT.h());
        int[] frame = rendered.get(28);
        for (int y = 0; y < PLACEMENT.h(); y += 7) {
            for (int x = 0; x < PLACEMENT.w(); x += 7) {
                boolean inFace = x >= face.x() && x < face.x() + face.w() && y >= face.y() && y < face.y() + face.h();
                if (!inFace) {
                    assertThat(frame[(PLACEMENT.y() + y) * FORMAT.width() + PLACEMENT.x() + x] & 0xFFFFFF)
                            .isEqualTo(portrait.getRGB(x, y) & 0xFFFFFF);
                }
            }
        }
    }

    @Test
    void twoModelLanesGiveTheSameFramesAsOne() throws Exception {
        assertSameFrames(40, 4, new Lanes(1, false), new Lanes(2, false));
    }

    /** The last batch padded to the full batch (as on CUDA) gives the frames an exactly sized one gives. */
    @Test
    void fullBatchesGiveTheSameFramesAsExactOnes() throws Exception {
        assertSameFrames(42, 8, new Lanes(1, false), new Lanes(2, true));
    }

    private record Lanes(int count, boolean fullBatches) {}

    private static void assertSameFrames(int frames, int batch, Lanes a, Lanes b) throws Exception {
        StillPortrait portrait = StillPortrait.load(TestPortrait.path(), 288, 288, Optional.empty());
        MelSpectrogram mel = MelSpectrogram.of(narration());
        try (LipSyncModel model = LipSyncModel.load(LipSyncModelTest.model("tiny-96.onnx"));
             NeuralAvatar one = NeuralAvatar.start(model, mel, portrait, frames, 25, batch, 0, 0, a.count(),
                     a.fullBatches(), ThreadBudget.of(2), new LipSyncClocks());
             NeuralAvatar two = NeuralAvatar.start(model, mel, portrait, frames, 25, batch, 0, 0, b.count(),
                     b.fullBatches(), ThreadBudget.of(2), new LipSyncClocks())) {
            for (int i = 0; i < frames; i++) {
                Canvas first = new Canvas(288, 288);
                Canvas second = new Canvas(288, 288);
                one.draw(i, first);
                two.draw(i, second);
                assertThat(second.argb()).as("frame %d", i).isEqualTo(first.argb());
            }
            assertThat(two.stats().frames()).isEqualTo(frames);
        }
    }

    @Test
    void aLoopedClipIsLipSyncedFrameByFrame(@TempDir Path dir) throws Exception {
        Path clip = dir.resolve("presenter.mp4");
        writeClip(clip, 12);
        int frames = 30;
        List<int[]> rendered = new ArrayList<>();
        try (LipSyncModel model = LipSyncModel.load(LipSyncModelTest.model("tiny-96.onnx"));
             NeuralAvatar avatar = NeuralAvatar.forClip(model, narration(), clip, RIGHT, FORMAT, frames, 4,
                     ThreadBudget.of(2))) {
            for (int i = 0; i < frames; i++) {
                rendered.add(null);
            }
            drawEvery(avatar, 0, 1, frames, rendered);
            assertThat(avatar.stats().frames()).isEqualTo(frames);
        }
        Rect top = new Rect(PLACEMENT.x(), PLACEMENT.y(), PLACEMENT.w(), 20);
        // The clip pans, so consecutive frames differ, and it loops after 12 frames.
        assertThat(meanDifference(rendered.get(0), rendered.get(3), top)).isGreaterThan(1.0);
        assertThat(meanDifference(rendered.get(1), rendered.get(13), top)).isLessThan(1.0);
    }

    @Test
    void aPortraitWithoutAFaceIsRejectedInOneLine(@TempDir Path dir) throws IOException {
        BufferedImage sky = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                sky.setRGB(x, y, (x + y) / 2 << 8 | 200);
            }
        }
        Path image = dir.resolve("sky.png");
        ImageIO.write(sky, "png", image.toFile());
        assertThatThrownBy(() -> StillPortrait.load(image, 200, 200, Optional.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("no face found in avatar.image " + image);
    }

    private static void drawEvery(NeuralAvatar avatar, int first, int step, int frames, List<int[]> rendered) {
        for (int i = first; i < frames; i += step) {
            Canvas canvas = new Canvas(FORMAT.width(), FORMAT.height());
            avatar.draw(i, canvas);
            synchronized (rendered) {
                rendered.set(i, canvas.argb());
            }
        }
    }

    private static double meanDifference(int[] a, int[] b, Rect r) {
        double sum = 0;
        for (int y = r.y(); y < r.y() + r.h(); y++) {
            for (int x = r.x(); x < r.x() + r.w(); x++) {
                int i = y * FORMAT.width() + x;
                for (int c = 0; c < 24; c += 8) {
                    sum += Math.abs(((a[i] >> c) & 0xFF) - ((b[i] >> c) & 0xFF));
                }
            }
        }
        return sum / (3.0 * r.w() * r.h());
    }

    /** A short clip panning across the test portrait, encoded with libx264. */
    private static void writeClip(Path path, int frames) throws Exception {
        BufferedImage portrait = StillPortrait.scaled(ImageIO.read(TestPortrait.path().toFile()), 360, 360);
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(path.toFile(), 320, 320);
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            recorder.setFrameRate(25);
            recorder.setVideoQuality(18);
            recorder.start();
            for (int i = 0; i < frames; i++) {
                BufferedImage frame = new BufferedImage(320, 320, BufferedImage.TYPE_3BYTE_BGR);
                var g = frame.createGraphics();
                g.drawImage(portrait, -3 * i, -20, null);
                g.dispose();
                recorder.record(converter.convert(frame));
            }
        }
    }
}
