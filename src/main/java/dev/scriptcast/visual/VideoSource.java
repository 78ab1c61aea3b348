package dev.scriptcast.visual;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.Path;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import dev.scriptcast.compose.FfmpegLog;
import dev.scriptcast.compose.VideoFormat;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BICUBIC;

/**
 * Sequential access to a background video, scaled by FFmpeg to cover the frame and centre-cropped, looping
 * at its end. Asked for increasing times it decodes forward; an earlier time seeks back to the start.
 */
final class VideoSource implements AutoCloseable {
    /** What probing a file found: its size, length and codec. */
    record Probe(int width, int height, long durationUs, String codec) {}

    private final FFmpegFrameGrabber grabber;
    private final VideoFormat fmt;
    private final long durationUs;
    private final int cropX;
    private final int cropY;
    private int[] current;
    private int[] next;
    private long currentUs = Long.MIN_VALUE;
    private long nextUs;
    private long firstUs;
    private boolean ended;

    /** Opens the file with {@code decoder} (null: FFmpeg's default, on the CPU). */
    VideoSource(Path file, Probe probe, VideoFormat fmt, String decoder) throws Exception {
        this.fmt = fmt;
        this.durationUs = probe.durationUs() > 0 ? probe.durationUs() : Long.MAX_VALUE;
        double scale = Math.max((double) fmt.width() / probe.width(), (double) fmt.height() / probe.height());
        int sw = Math.max(fmt.width(), (int) Math.ceil(probe.width() * scale));
        int sh = Math.max(fmt.height(), (int) Math.ceil(probe.height() * scale));
        cropX = (sw - fmt.width()) / 2;
        cropY = (sh - fmt.height()) / 2;
        grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setImageWidth(sw);
        grabber.setImageHeight(sh);
        grabber.setPixelFormat(AV_PIX_FMT_BGRA);
        grabber.setImageScalingFlags(SWS_BICUBIC);
        if (decoder != null) {
            grabber.setVideoCodecName(decoder);
        }
        current = new int[fmt.width() * fmt.height()];
        next = new int[current.length];
        FfmpegLog.capture(() -> {
            grabber.start();
            return null;
        });
        readNext();
        if (ended) {
            close();
            throw new IllegalStateException("no frame could be decoded");
        }
        firstUs = nextUs;
    }

    /** Size, duration and codec, or null if FFmpeg cannot open it; throws if there is no video stream. */
    static Probe probe(Path file) throws Exception {
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            FfmpegLog.capture(() -> {
                g.start();
                return null;
            });
            Probe p = new Probe(g.getImageWidth(), g.getImageHeight(), g.getLengthInTime(), g.getVideoCodecName());
            g.stop();
            return p;
        }
    }

    /** Copies the picture shown at {@code timeUs} of the output (looped over the source's length). */
    void frameAt(long timeUs, int[] out) throws Exception {
        long target = timeUs % durationUs;
        if (target < currentUs - firstUs) {
            grabber.setTimestamp(0);
            currentUs = Long.MIN_VALUE;
            ended = false;
            readNext();
        }
        while (!ended && nextUs - firstUs <= target) {
            int[] swap = current;
            current = next;
            next = swap;
            currentUs = nextUs;
            readNext();
        }
        System.arraycopy(currentUs == Long.MIN_VALUE ? next : current, 0, out, 0, out.length);
    }

    private void readNext() throws Exception {
        Frame f = grabber.grabImage();
        if (f == null || f.image == null) {
            ended = true;
            return;
        }
        nextUs = f.timestamp;
        IntBuffer px = ((ByteBuffer) f.image[0]).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        int strideInts = f.imageStride / 4;
        for (int y = 0; y < fmt.height(); y++) {
            px.position((y + cropY) * strideInts + cropX);
            px.get(next, y * fmt.width(), fmt.width());
        }
        for (int i = 0; i < next.length; i++) {
            next[i] |= 0xFF000000;
        }
    }

    @Override
    public void close() throws Exception {
        grabber.close();
    }
}
