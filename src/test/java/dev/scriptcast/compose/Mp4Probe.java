package dev.scriptcast.compose;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

/** Decodes a rendered MP4 the way a player would, for assertions in tests. */
public record Mp4Probe(int width, int height, double fps, String videoCodec, String audioCodec, int sampleRate,
                       int colorPrimaries, int colorTrc, int colorSpace, List<BufferedImage> frames,
                       List<String> topLevelBoxes) {

    /** Decodes every frame (keep test videos short). */
    public static Mp4Probe of(Path file) throws IOException {
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            g.setPixelFormat(AV_PIX_FMT_YUV420P);
            g.start();
            var par = g.getFormatContext().streams(g.getVideoStream()).codecpar();
            List<BufferedImage> frames = new ArrayList<>();
            for (Frame f; (f = g.grabImage()) != null; ) {
                frames.add(bt709ToRgb(f));
            }
            Mp4Probe probe = new Mp4Probe(g.getImageWidth(), g.getImageHeight(), g.getFrameRate(),
                    g.getVideoCodecName(), g.getAudioCodecName(), g.getSampleRate(),
                    par.color_primaries(), par.color_trc(), par.color_space(), frames, boxes(file));
            g.stop();
            return probe;
        }
    }

    /** Limited-range BT.709 to RGB, as a player honouring the stream's tags shows it. */
    static BufferedImage bt709ToRgb(Frame f) {
        int w = f.imageWidth;
        int h = f.imageHeight;
        AVFrame av = (AVFrame) f.opaque;
        ByteBuffer[] planes = new ByteBuffer[3];
        int[] strides = new int[3];
        for (int i = 0; i < 3; i++) {
            strides[i] = av.linesize(i);
            planes[i] = av.data(i).capacity((long) strides[i] * (i == 0 ? h : (h + 1) / 2)).asByteBuffer();
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double yy = 1.164383 * ((planes[0].get(y * strides[0] + x) & 0xFF) - 16);
                double u = (planes[1].get((y / 2) * strides[1] + x / 2) & 0xFF) - 128;
                double v = (planes[2].get((y / 2) * strides[2] + x / 2) & 0xFF) - 128;
                int r = clamp(yy + 1.792741 * v);
                int g = clamp(yy - 0.213249 * u - 0.532909 * v);
                int b = clamp(yy + 2.112402 * u);
                img.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return img;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** The MP4's top-level box types in file order ("ftyp", "moov", "mdat", …). */
    static List<String> boxes(Path file) throws IOException {
        List<String> types = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file)) {
            long at = 0;
            ByteBuffer head = ByteBuffer.allocate(16);
            while (at + 8 <= ch.size()) {
                head.clear();
                ch.read(head, at);
                long size = Integer.toUnsignedLong(head.getInt(0));
                types.add(new String(head.array(), 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
                if (size == 1) {
                    size = head.getLong(8);
                } else if (size == 0) {
                    size = ch.size() - at;
                }
                at += size;
            }
        }
        return types;
    }

    /** Red, green, blue of a decoded pixel. */
    public static int[] rgb(BufferedImage img, int x, int y) {
        int p = img.getRGB(x, y);
        return new int[] {(p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF};
    }
}
