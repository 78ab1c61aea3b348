package dev.scriptcast.audio;

import java.io.IOException;

/** Sample-rate conversion with FFmpeg's resampler (libswresample), for any stage that needs another rate. */
public final class Resampling {
    private Resampling() {}

    public static PcmAudio toRate(PcmAudio audio, int sampleRate) {
        return FfmpegAudio.resample(audio, sampleRate);
    }

    /** Writes {@code audio} (same channels) as the whole of {@code file}, at the file's sample rate. */
    public static PcmFile toFile(PcmAudio audio, PcmFile file) throws IOException {
        return FfmpegAudio.resample(audio, file);
    }
}
