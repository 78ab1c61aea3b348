package dev.scriptcast.avatar.neural;

/**
 * What lip-sync did, for the report: frames produced; the wall time during which frames were being produced
 * (mel chunks, face crops, inference and paste-back included; for a render, the union over its segments) and
 * during which the model was running; and the time each step took.
 */
public record LipSyncStats(String provider, String providerReason, int batchSize, int frames, long wallNanos,
                           long inferenceNanos, Steps steps) {

    /**
     * Milliseconds of thread time per step, summed over threads: the mel spectrogram, face crops (resize to the
     * model's input), model runs (host-to-device copy, inference and device-to-host copy), unpacking the output,
     * paste-back with colour matching; and the waits: the producer for the composer to take frames, the composer
     * for lip-synced frames.
     */
    public record Steps(double melMs, double cropMs, double modelMs, double unpackMs, double pasteMs,
                        double producerWaitMs, double composerWaitMs) {
    }

    /** End-to-end lip-synced frames per second. */
    public double framesPerSecond() {
        return wallNanos > 0 ? frames * 1e9 / wallNanos : 0;
    }

    /** Frames per second the model alone sustained. */
    public double modelFramesPerSecond() {
        return inferenceNanos > 0 ? frames * 1e9 / inferenceNanos : 0;
    }
}
