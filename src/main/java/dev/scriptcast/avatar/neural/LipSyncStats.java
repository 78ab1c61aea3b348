package dev.scriptcast.avatar.neural;

/**
 * What a lip-sync run did, for the report: frames produced, time from start until the last frame was ready
 * (mel chunks, face crops, inference and paste-back preparation included) and time inside the model.
 */
public record LipSyncStats(String provider, String providerReason, int batchSize, int frames, long wallNanos,
                           long inferenceNanos) {

    /** End-to-end lip-synced frames per second. */
    public double framesPerSecond() {
        return wallNanos > 0 ? frames * 1e9 / wallNanos : 0;
    }

    /** Frames per second the model alone sustained. */
    public double modelFramesPerSecond() {
        return inferenceNanos > 0 ? frames * 1e9 / inferenceNanos : 0;
    }
}
