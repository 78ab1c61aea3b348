package dev.scriptcast.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;

import dev.scriptcast.compose.FfmpegLog;
import dev.scriptcast.base.InputException;
import dev.scriptcast.base.InputFiles;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes any audio FFmpeg can read into float samples at the mix rate, resampled by FFmpeg: mono stays mono,
 * anything with more channels becomes stereo (FFmpeg's standard downmix).
 */
final class MusicFile {
    static final long MIN_DURATION_MS = 100;

    private MusicFile() {}

    /** Up to {@code maxFrames} samples per channel of the file's first audio stream; bad input is an InputException. */
    static PcmAudio decode(Path file, int sampleRate, long maxFrames) {
        InputFiles.refuseFolderOrDevice(file, "music.path " + file);
        if (!Files.isRegularFile(file)) {
            throw new InputException("music.path " + file + ": file not found");
        }
        if (!Files.isReadable(file)) {
            throw new InputException("music.path " + file + ": file is not readable");
        }
        PcmAudio audio;
        try {
            audio = FfmpegLog.capture(() -> grab(file, sampleRate, maxFrames)).value();
        } catch (FfmpegLog.CapturedFailure e) {
            if (e.getCause() instanceof InputException input) {
                throw input;
            }
            throw new InputException("music.path " + file + ": not a readable audio file (" + e.reason() + ")");
        }
        if (audio.durationMs() < MIN_DURATION_MS) {
            throw new InputException("music.path " + file + ": audio is shorter than " + MIN_DURATION_MS + " ms");
        }
        return audio;
    }

    private static PcmAudio grab(Path file, int sampleRate, long maxFrames) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
            grabber.setSampleFormat(AV_SAMPLE_FMT_FLT);
            grabber.setSampleRate(sampleRate);
            grabber.start();
            if (!grabber.hasAudio() || grabber.getAudioChannels() == 0) {
                throw new InputException("music.path " + file + ": has no audio stream");
            }
            int channels = Math.min(2, grabber.getAudioChannels());
            grabber.setAudioChannels(channels);
            long maxSamples = maxFrames * channels;
            float[] out = new float[(int) Math.min(maxSamples, 1 << 20)];
            int size = 0;
            for (Frame frame; size < maxSamples && (frame = grabber.grabSamples()) != null; ) {
                if (frame.samples == null || !(frame.samples[0] instanceof FloatBuffer buffer)) {
                    continue;
                }
                int n = (int) Math.min(buffer.remaining(), maxSamples - size);
                if (size + n > out.length) {
                    out = java.util.Arrays.copyOf(out, (int) Math.min(maxSamples, Math.max(size + n, out.length * 2L)));
                }
                buffer.duplicate().get(out, size, n);
                size += n;
            }
            grabber.stop();
            return new PcmAudio(java.util.Arrays.copyOf(out, size - size % channels), sampleRate, channels);
        }
    }
}
