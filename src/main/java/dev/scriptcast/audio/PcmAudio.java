package dev.scriptcast.audio;

/**
 * PCM samples in [-1, 1], interleaved when there is more than one channel (left, right, left, …). Speech is
 * mono; a soundtrack with stereo music is stereo. Treat the array as read-only once built.
 */
public record PcmAudio(float[] samples, int sampleRate, int channels) {
    public PcmAudio {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
        if (channels < 1 || samples.length % channels != 0) {
            throw new IllegalArgumentException(samples.length + " samples are not whole frames of " + channels
                    + " channels");
        }
    }

    /** Mono audio. */
    public PcmAudio(float[] samples, int sampleRate) {
        this(samples, sampleRate, 1);
    }

    public static PcmAudio silence(long durationMs, int sampleRate) {
        return new PcmAudio(new float[(int) (durationMs * sampleRate / 1000)], sampleRate);
    }

    /** Samples per channel. */
    public int frames() {
        return samples.length / channels;
    }

    public long durationMs() {
        return frames() * 1000L / sampleRate;
    }

    public double durationSeconds() {
        return frames() / (double) sampleRate;
    }

    /** This audio if mono, else the average of its channels. */
    public PcmAudio mono() {
        if (channels == 1) {
            return this;
        }
        float[] out = new float[frames()];
        for (int f = 0; f < out.length; f++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += samples[f * channels + c];
            }
            out[f] = sum / channels;
        }
        return new PcmAudio(out, sampleRate);
    }
}
