package dev.scriptcast.audio;

/** Mono PCM samples in [-1, 1]. Treat the array as read-only once built. */
public record PcmAudio(float[] samples, int sampleRate) {
    public PcmAudio {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
    }

    public static PcmAudio silence(long durationMs, int sampleRate) {
        return new PcmAudio(new float[(int) (durationMs * sampleRate / 1000)], sampleRate);
    }

    public long durationMs() {
        return samples.length * 1000L / sampleRate;
    }

    public double durationSeconds() {
        return samples.length / (double) sampleRate;
    }
}
