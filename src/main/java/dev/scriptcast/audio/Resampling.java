package dev.scriptcast.audio;

/** Sample-rate conversion with FFmpeg's resampler (libswresample), for any stage that needs another rate. */
public final class Resampling {
    private Resampling() {}

    public static PcmAudio toRate(PcmAudio audio, int sampleRate) {
        return FfmpegAudio.resample(audio, sampleRate);
    }
}
