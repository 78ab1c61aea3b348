package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;

/** A video file decoded the way a player would, for assertions in tests: every frame, and the sound's length. */
record Playback(List<Shown> frames, String videoCodec, int colorPrimaries, String audioCodec, int audioChannels,
                int sampleRate, long audioSamples) {

    /** One decoded frame: its centre pixel, whether it is a key frame, and when it is shown. */
    record Shown(int[] rgb, boolean key, long timestampUs) {}

    /** One stored video packet, in decode order. */
    record Packet(byte[] data, long dts, boolean key) {}

    static Playback of(Path file) throws IOException {
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            g.setPixelFormat(AV_PIX_FMT_YUV420P);
            g.setSampleFormat(AV_SAMPLE_FMT_FLT);
            g.start();
            int primaries = g.getFormatContext().streams(g.getVideoStream()).codecpar().color_primaries();
            List<Shown> frames = new ArrayList<>();
            long samples = 0;
            for (Frame f; (f = g.grab()) != null; ) {
                if (f.image != null) {
                    int[] rgb = Mp4Probe.rgb(Mp4Probe.bt709ToRgb(f), f.imageWidth / 2, f.imageHeight / 2);
                    frames.add(new Shown(rgb, f.keyFrame, f.timestamp));
                } else if (f.samples != null) {
                    samples += f.samples[0].limit() / g.getAudioChannels();
                }
            }
            Playback p = new Playback(frames, g.getVideoCodecName(), primaries, g.getAudioCodecName(),
                    g.getAudioChannels(), g.getSampleRate(), samples);
            g.stop();
            return p;
        }
    }

    /** The file's video packets as stored, in decode order. */
    static List<Packet> videoPackets(Path file) throws IOException {
        List<Packet> packets = new ArrayList<>();
        AVPacket p = av_packet_alloc();
        try (SegmentInput in = SegmentInput.open(file)) {
            while (in.next(p)) {
                byte[] data = new byte[p.size()];
                p.data().get(data);
                packets.add(new Packet(data, p.dts(), (p.flags() & AV_PKT_FLAG_KEY) != 0));
                av_packet_unref(p);
            }
        } finally {
            av_packet_free(p);
        }
        return packets;
    }

    double audioSeconds() {
        return audioSamples / (double) sampleRate;
    }
}
