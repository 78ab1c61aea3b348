package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

/**
 * One video file being written: yuv420p video with BT.709 tags from one encoder, and the container's audio
 * codec (AAC, or Opus in WebM) at 48 kHz with as many channels as the soundtrack, or no audio stream at all for
 * none (a segment); MP4 and MOV get their index moved to the front on close (faststart). Frames and audio are
 * fed in presentation order.
 */
final class VideoFileWriter implements AutoCloseable {
    static final int AUDIO_RATE = 48_000;
    static final int AUDIO_BITRATE = 160_000;

    private final FFmpegFrameRecorder recorder;
    private final VideoFormat fmt;
    private final int channels;
    private final Path out;
    private final boolean isoBoxes;
    private final float[] audioChunk = new float[8192];

    private VideoFileWriter(FFmpegFrameRecorder recorder, VideoFormat fmt, int channels, Path out,
                            boolean isoBoxes) {
        this.recorder = recorder;
        this.fmt = fmt;
        this.channels = channels;
        this.out = out;
        this.isoBoxes = isoBoxes;
    }

    /**
     * Opens {@code encoder} writing {@code container} with {@code channels} audio channels (0: video only); on
     * failure nothing is left at {@code out} and the FFmpeg reason is thrown.
     */
    static VideoFileWriter open(Path out, Container container, VideoFormat fmt, String encoder, EncodeSettings s,
                                int channels) throws OpenFailure {
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(out.toFile(), fmt.width(), fmt.height(), channels);
        r.setFormat(container.muxer());
        r.setVideoCodecName(encoder);
        r.setPixelFormat(AV_PIX_FMT_YUV420P);
        r.setFrameRate(fmt.fps());
        r.setGopSize(fmt.fps() * 2);
        for (Map.Entry<String, String> o : Encoders.options(encoder, s).entrySet()) {
            r.setVideoOption(o.getKey(), o.getValue());
        }
        if (s.bitrate() != null) {
            r.setVideoBitrate(parseBitrate(s.bitrate()));
        } else if (!encoder.endsWith("_nvenc")) {
            // A bitrate beside CRF would cap libvpx and switch SVT-AV1 to VBR; NVENC's VBR mode needs one.
            r.setVideoBitrate(0);
        }
        r.setVideoOption("color_primaries", "bt709");
        r.setVideoOption("color_trc", "bt709");
        r.setVideoOption("colorspace", "bt709");
        r.setVideoOption("color_range", "tv");
        if (container.fastStart()) {
            r.setOption("movflags", "+faststart");
        }
        if (channels > 0) {
            r.setAudioCodecName(container.audioEncoder());
            r.setSampleRate(AUDIO_RATE);
            r.setAudioBitrate(AUDIO_BITRATE);
            SoundtrackEncoder.options(container.audioEncoder()).forEach(r::setAudioOption);
        }
        try {
            FfmpegLog.capture(() -> EncoderScheduling.open(() -> {
                r.start();
                return null;
            }));
            boolean isoBoxes = container.fastStart();
            return new VideoFileWriter(r, fmt, channels, out, isoBoxes);
        } catch (FfmpegLog.CapturedFailure e) {
            WriteFailures.throwIfDiskFull(out, e.reason());
            try {
                r.release();
            } catch (Exception ignored) {
                // the open already failed; its reason is what matters
            }
            try {
                Files.deleteIfExists(out);
            } catch (IOException ignored) {
                // best effort: the caller writes the same path again with the fallback encoder
            }
            throw new OpenFailure(Encoders.explain(encoder, e.reason()));
        }
    }

    /** Parses "4M", "2500k" or a plain number of bits per second. */
    static int parseBitrate(String text) {
        String t = text.strip().toLowerCase();
        double scale = t.endsWith("m") ? 1e6 : t.endsWith("k") ? 1e3 : 1;
        String digits = scale == 1 ? t : t.substring(0, t.length() - 1);
        try {
            return (int) Math.round(Double.parseDouble(digits) * scale);
        } catch (NumberFormatException e) {
            throw new dev.scriptcast.base.InputException("video.bitrate: not a bitrate: '" + text + "'");
        }
    }

    /** Encodes one yuv420p frame ({@link YuvConverter#frameBytes} bytes). */
    void writeFrame(BytePointer yuv) throws IOException {
        try {
            recorder.recordImage(fmt.width(), fmt.height(), Frame.DEPTH_UBYTE, 1, fmt.width(),
                    AV_PIX_FMT_YUV420P, yuv.position(0).limit(YuvConverter.frameBytes(fmt.width(), fmt.height()))
                            .asByteBuffer());
        } catch (FFmpegFrameRecorder.Exception e) {
            WriteFailures.throwIfDiskFull(out, e.getMessage());
            throw new IOException("encoding frame failed: " + e.getMessage(), e);
        }
    }

    /**
     * Encodes interleaved samples {@code [from, to)} (whole sample frames of the writer's channels) at their own
     * rate; FFmpeg resamples to 48 kHz.
     */
    void writeAudio(float[] samples, int sampleRate, int from, int to) throws IOException {
        try {
            for (int at = from; at < to; at += audioChunk.length) {
                int n = Math.min(audioChunk.length, to - at);
                System.arraycopy(samples, at, audioChunk, 0, n);
                recorder.recordSamples(sampleRate, channels, FloatBuffer.wrap(audioChunk, 0, n));
            }
        } catch (FFmpegFrameRecorder.Exception e) {
            WriteFailures.throwIfDiskFull(out, e.getMessage());
            throw new IOException("encoding audio failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            recorder.stop();
            recorder.release();
            if (isoBoxes) {
                WriteFailures.checkComplete(out);
            }
        } catch (FFmpegFrameRecorder.Exception e) {
            WriteFailures.throwIfDiskFull(out, e.getMessage());
            throw new IOException("finishing the video file failed: " + e.getMessage(), e);
        }
    }

    /** The encoder would not open; {@code getMessage()} says why. */
    static final class OpenFailure extends Exception {
        OpenFailure(String reason) {
            super(reason);
        }
    }
}
