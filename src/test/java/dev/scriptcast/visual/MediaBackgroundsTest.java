package dev.scriptcast.visual;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.EncodeSettings;
import dev.scriptcast.compose.FrameProgress;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.Mp4Probe;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.compose.VideoRenderer;
import dev.scriptcast.base.InputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;

class MediaBackgroundsTest {
    @TempDir
    Path dir;

    static BufferedImage halves(int w, int h, Color left, Color right) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        var g = img.createGraphics();
        g.setColor(left);
        g.fillRect(0, 0, w / 2, h);
        g.setColor(right);
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.dispose();
        return img;
    }

    /** One second at 10 fps: five red frames, then five blue. */
    Path redThenBlueClip() throws Exception {
        Path clip = dir.resolve("clip.mp4");
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(clip.toFile(), 320, 240, 0);
             Java2DFrameConverter conv = new Java2DFrameConverter()) {
            r.setFormat("mp4");
            r.setVideoCodec(AV_CODEC_ID_H264);
            r.setFrameRate(10);
            r.start();
            for (int i = 0; i < 10; i++) {
                Color c = i < 5 ? Color.RED : Color.BLUE;
                r.record(conv.convert(halves(320, 240, c, c)));
            }
            r.stop();
        }
        return clip;
    }

    @Test
    void videoBackgroundLoopsAndRecordsItsDecoder() throws Exception {
        VideoFormat fmt = new VideoFormat(320, 180, 10);
        Background bg = Backgrounds.open(redThenBlueClip().toString(), fmt, false);
        assertThat(bg.info().kind()).isEqualTo("video");
        assertThat(bg.info().decoder()).isIn("h264 (CPU)", "h264_cuvid");
        assertThat(bg.info().reason()).isNotBlank();

        Path out = dir.resolve("looped.mp4");
        VideoRenderer.render(fmt, List.of(bg.layer()), PcmAudio.silence(2400, 16_000),
                new EncodeSettings("libx264", "veryfast", 18, null), out, FrameProgress.NONE);

        List<BufferedImage> frames = Mp4Probe.of(out).frames();
        assertThat(frames).hasSize(24);
        for (int f : new int[] {2, 12, 22}) {
            assertThat(Mp4Probe.rgb(frames.get(f), 160, 90)[0]).as("frame %d red", f).isGreaterThan(200);
        }
        for (int f : new int[] {7, 17}) {
            assertThat(Mp4Probe.rgb(frames.get(f), 160, 90)[2]).as("frame %d blue", f).isGreaterThan(200);
        }
    }

    @Test
    void videoFramesCanBeDrawnAgainAndOutOfOrder() throws Exception {
        VideoFormat fmt = new VideoFormat(160, 90, 10);
        Layer layer = Backgrounds.create(redThenBlueClip().toString(), fmt);
        try {
            int[] seven = draw(layer, fmt, 7);
            assertThat(seven[45 * 160 + 80] & 0xFF).as("frame 7 blue").isGreaterThan(200);
            assertThat(draw(layer, fmt, 7)).as("drawn again").isEqualTo(seven);
            assertThat((draw(layer, fmt, 2)[45 * 160 + 80] >> 16) & 0xFF).as("back to frame 2, red").isGreaterThan(200);
            assertThat(draw(layer, fmt, 17)).as("looped").isEqualTo(seven);
        } finally {
            ((AutoCloseable) layer).close();
        }
    }

    @Test
    void imageRotatedByItsExifOrientationTag() throws Exception {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(halves(200, 100, Color.RED, Color.BLUE), "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] exif = {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8,
                0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0};
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        tagged.write(plain, 0, 2);
        tagged.write(exif);
        tagged.write(plain, 2, plain.length - 2);
        Path file = dir.resolve("rotated.jpg");
        Files.write(file, tagged.toByteArray());
        assertThat(ImageIO.read(new ByteArrayInputStream(tagged.toByteArray())).getWidth()).isEqualTo(200);

        VideoFormat square = new VideoFormat(160, 160, 10);
        Canvas c = new Canvas(160, 160);
        Backgrounds.create(file.toString(), square).draw(0, c);

        assertThat((c.argb()[10 * 160 + 80] >> 16) & 0xFF).as("top is red").isGreaterThan(200);
        assertThat(c.argb()[150 * 160 + 80] & 0xFF).as("bottom is blue").isGreaterThan(200);
    }

    @Test
    void kenBurnsDriftsSlowlyAndIsAFunctionOfTheFrame() throws Exception {
        Path file = dir.resolve("wide.png");
        ImageIO.write(halves(640, 360, Color.RED, Color.BLUE), "png", file.toFile());
        VideoFormat fmt = new VideoFormat(320, 180, 30);
        Layer layer = Backgrounds.open(file.toString(), fmt, true).layer();

        int[] start = draw(layer, fmt, 0);
        int[] later = draw(layer, fmt, 12 * 30);
        assertThat(draw(layer, fmt, 0)).isEqualTo(start);
        assertThat(later).isNotEqualTo(start);
    }

    static int[] draw(Layer layer, VideoFormat fmt, int frame) {
        Canvas c = new Canvas(fmt.width(), fmt.height());
        layer.draw(frame, c);
        return c.argb();
    }

    @Test
    void fileWithoutVideoStreamIsAnInputErrorSayingSo() throws Exception {
        Path wav = dir.resolve("voice.wav");
        byte[] pcm = new byte[16_000];
        AudioFormat format = new AudioFormat(8000, 16, 1, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2),
                AudioFileFormat.Type.WAVE, wav.toFile());
        assertThatThrownBy(() -> Backgrounds.create(wav.toString(), new VideoFormat(160, 90, 10)))
                .isInstanceOf(InputException.class).hasMessageContaining("voice.wav")
                .hasMessageContaining("no video stream");
    }

    @Test
    void corruptVideoIsAnInputErrorNamingIt() throws Exception {
        Path file = dir.resolve("broken.mp4");
        Files.write(file, new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 1, 2, 3});
        assertThatThrownBy(() -> Backgrounds.create(file.toString(), new VideoFormat(160, 90, 10)))
                .isInstanceOf(InputException.class).hasMessageContaining("broken.mp4");
    }
}
