package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVRational;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_ROUND_NEAR_INF;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q_rnd;

/**
 * The segments' video packets as one stream, each segment opened in turn. Timestamps are laid out afresh on the
 * frame grid: a segment's frames follow every frame before it, keep their encoded presentation order, and decode
 * one frame apart, {@code reorderFrames} ahead of presentation, so decode times rise strictly across every join
 * (Matroska stores no decode times at all, and an MP4's edit list starts them below zero).
 */
final class SegmentTrack implements AutoCloseable {
    private final List<Path> files;
    private final SegmentInput.Shape shape;
    private final AVRational frameTime;
    private AVRational outTime;
    private SegmentInput current;
    private int opened = 1;
    private long framesBefore;
    private int packets;
    private long firstPts;
    private long lastFrame;

    private SegmentTrack(List<Path> files, SegmentInput first) {
        this.files = files;
        this.current = first;
        this.shape = first.shape();
        this.frameTime = av_make_q(shape.fpsDen(), shape.fpsNum());
    }

    /**
     * {@code files} is read one element at a time, as each segment is reached, so its {@code get} may wait for a
     * segment still being rendered: the join then keeps pace with the render.
     */
    static SegmentTrack open(List<Path> files) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no segments to join");
        }
        return new SegmentTrack(files, SegmentInput.open(files.getFirst()));
    }

    /** The codec parameters every segment shares (the first segment's). */
    AVCodecParameters codecParameters() {
        return current.codecParameters();
    }

    /** The frame duration as a time base: one tick per frame. */
    AVRational frameTime() {
        return frameTime;
    }

    /** Sets the time base the packets are wanted in: the output stream's, known once its header is written. */
    void outputTimeBase(AVRational time) {
        this.outTime = time;
    }

    /** Frames passed on so far. */
    long frames() {
        return framesBefore + packets;
    }

    /** Reads the next packet of the joined stream, timed in the output time base; false after the last segment. */
    boolean next(AVPacket packet) throws IOException {
        while (!current.next(packet)) {
            finishSegment();
            if (opened == files.size()) {
                return false;
            }
            current.close();
            current = null;
            current = SegmentInput.open(files.get(opened++));
            current.requireMatches(shape, files.getFirst());
        }
        place(packet);
        return true;
    }

    private void place(AVPacket packet) throws IOException {
        if (packet.pts() == AV_NOPTS_VALUE) {
            throw new IOException("segment " + current.file() + ": a video packet without a presentation time");
        }
        if (packets == 0) {
            if ((packet.flags() & AV_PKT_FLAG_KEY) == 0) {
                throw new IOException("segment " + current.file() + " does not start on a key frame");
            }
            firstPts = packet.pts();
        }
        long frame = av_rescale_q_rnd(packet.pts() - firstPts, current.timeBase(), frameTime, AV_ROUND_NEAR_INF);
        long decodeFrame = packets - (long) shape.reorderFrames();
        if (frame < decodeFrame || frame < 0) {
            throw new IOException("segment " + current.file() + ": its frame " + packets + " is shown at frame time "
                    + frame + ", before it can be decoded");
        }
        lastFrame = Math.max(lastFrame, frame);
        packet.pts(av_rescale_q(framesBefore + frame, frameTime, outTime));
        packet.dts(av_rescale_q(framesBefore + decodeFrame, frameTime, outTime));
        packet.duration(av_rescale_q(1, frameTime, outTime));
        packet.pos(-1);
        packets++;
    }

    /** Checks the segment just read showed each of its frames once, and moves the frame count past it. */
    private void finishSegment() throws IOException {
        if (packets == 0) {
            throw new IOException("segment " + current.file() + " holds no video frames");
        }
        if (lastFrame + 1 != packets) {
            throw new IOException("segment " + current.file() + ": its " + packets + " frames span " + (lastFrame + 1)
                    + " frame times (" + shape.describe() + ")");
        }
        framesBefore += packets;
        packets = 0;
        lastFrame = 0;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
        }
    }
}
