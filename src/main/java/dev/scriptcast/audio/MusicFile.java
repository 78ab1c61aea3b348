package dev.scriptcast.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;

import dev.scriptcast.base.InputException;
import dev.scriptcast.base.InputFiles;
import dev.scriptcast.compose.FfmpegLog;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Any audio FFmpeg can read, decoded in order into float samples at the mix rate, resampled by FFmpeg: mono
 * stays mono, anything with more channels becomes stereo (FFmpeg's standard downmix). Bad input is an
 * InputException naming the file.
 */
final class MusicFile implements AutoCloseable {
    static final long MIN_DURATION_MS = 100;

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final int sampleRate;
    private final int channels;
    private long samplesLeft;
    private long samplesRead;
    private FloatBuffer pending = FloatBuffer.allocate(0);

    private MusicFile(Path file, FFmpegFrameGrabber grabber, int sampleRate, int channels, long maxFrames) {
        this.file = file;
        this.grabber = grabber;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.samplesLeft = maxFrames * channels;
    }

    /** The file's first audio stream, of which at most {@code maxFrames} samples per channel will be read. */
    static MusicFile open(Path file, int sampleRate, long maxFrames) {
        InputFiles.refuseFolderOrDevice(file, "music.path " + file);
        if (!Files.isRegularFile(file)) {
            throw new InputException("music.path " + file + ": file not found");
        }
        if (!Files.isReadable(file)) {
            throw new InputException("music.path " + file + ": file is not readable");
        }
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        try {
            int channels = ffmpeg(file, () -> start(grabber, file, sampleRate));
            return new MusicFile(file, grabber, sampleRate, channels, maxFrames);
        } catch (RuntimeException e) {
            try {
                grabber.close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Fails, as {@link #open} and {@link #read} would, when the file cannot be used as music. */
    static void check(Path file, int sampleRate) {
        try (MusicFile music = open(file, sampleRate, sampleRate * MIN_DURATION_MS / 1000 + 1)) {
            float[] chunk = new float[4096];
            while (music.read(chunk, 0, chunk.length) > 0) {
                // decoding is the check
            }
        }
    }

    private static int start(FFmpegFrameGrabber grabber, Path file, int sampleRate) throws Exception {
        grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
        grabber.setSampleFormat(AV_SAMPLE_FMT_FLT);
        grabber.setSampleRate(sampleRate);
        grabber.start();
        if (!grabber.hasAudio() || grabber.getAudioChannels() == 0) {
            throw new InputException("music.path " + file + ": has no audio stream");
        }
        int channels = Math.min(2, grabber.getAudioChannels());
        grabber.setAudioChannels(channels);
        return channels;
    }

    int channels() {
        return channels;
    }

    /**
     * Up to {@code length} samples, whole frames, interleaved; 0 at the end, where audio shorter than
     * {@value #MIN_DURATION_MS} ms is refused.
     */
    int read(float[] into, int offset, int length) {
        int wanted = length - length % channels;
        int done = 0;
        while (done < wanted && samplesLeft > 0 && (pending.hasRemaining() || grab())) {
            int n = (int) Math.min(Math.min(pending.remaining(), wanted - done), samplesLeft);
            pending.get(into, offset + done, n);
            done += n;
            samplesLeft -= n;
            samplesRead += n;
        }
        if (done == 0 && samplesRead / channels * 1000 / sampleRate < MIN_DURATION_MS) {
            throw new InputException("music.path " + file + ": audio is shorter than " + MIN_DURATION_MS + " ms");
        }
        return done;
    }

    private boolean grab() {
        return ffmpeg(file, () -> {
            for (Frame frame; (frame = grabber.grabSamples()) != null; ) {
                if (frame.samples != null && frame.samples[0] instanceof FloatBuffer buffer) {
                    pending = buffer.duplicate();
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public void close() {
        ffmpeg(file, () -> {
            grabber.close();
            return null;
        });
    }

    private static <T> T ffmpeg(Path file, Callable<T> action) {
        try {
            return FfmpegLog.capture(action).value();
        } catch (FfmpegLog.CapturedFailure e) {
            if (e.getCause() instanceof InputException input) {
                throw input;
            }
            throw new InputException("music.path " + file + ": not a readable audio file (" + e.reason() + ")");
        }
    }
}
