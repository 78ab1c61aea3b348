package dev.scriptcast.server;

import dev.scriptcast.pipeline.ProgressListener;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A render's progress as one number. Each stage has a share of the whole (speech and composition the largest);
 * within a stage the latest count the pipeline reports (sentences, frames, segments) moves it on, so it never
 * stalls at a stage boundary. It never goes back, and reaches 1 only when the job is done.
 */
final class JobProgress implements ProgressListener {
    /** Shares of a typical render's wall time; a stage not named here counts as {@link #OTHER_SHARE}. */
    private static final Map<String, Double> SHARES = Map.of("script_parsing", 0.02, "tts_generation", 0.35,
            "audio_mixing", 0.08, "avatar_generation", 0.05, "video_composition", 0.50);
    private static final double OTHER_SHARE = 0.05;
    private static final long UPDATE_INTERVAL_NANOS = 200_000_000L;

    /** What the API shows while a job runs. */
    record Snapshot(String stage, double progress, Long etaMs) {}

    interface Listener {
        void changed(Snapshot snapshot, boolean newStage);

        default void notice(String message) {}
    }

    private final Listener listener;
    private final LongSupplier nanos;
    private final long startNanos;
    private String stage;
    private double finishedShare;
    private double shown;
    private long lastUpdateNanos;

    JobProgress(Listener listener, LongSupplier nanos) {
        this.listener = listener;
        this.nanos = nanos;
        this.startNanos = nanos.getAsLong();
    }

    @Override
    public synchronized void stageStarted(String name) {
        stage = name;
        publish(0, true);
    }

    @Override
    public synchronized void stageFinished(String name, long wallMs) {
        finishedShare += share(name);
        publish(0, false);
    }

    @Override
    public synchronized void frames(int done, int total) {
        within(done, total);
    }

    @Override
    public synchronized void speech(int done, int total) {
        within(done, total);
    }

    @Override
    public synchronized void segments(int done, int reused, int total) {
        within(done, total);
    }

    @Override
    public void notice(String message) {
        listener.notice(message);
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(stage, shown, eta());
    }

    private void within(int done, int total) {
        long now = nanos.getAsLong();
        if (now - lastUpdateNanos >= UPDATE_INTERVAL_NANOS || done >= total) {
            publish(total <= 0 ? 1 : Math.min(1.0, (double) done / total), false);
        }
    }

    private void publish(double stageFraction, boolean newStage) {
        double current = stage == null ? 0 : share(stage) * stageFraction;
        shown = Math.max(shown, Math.min(0.99, finishedShare + current));
        lastUpdateNanos = nanos.getAsLong();
        listener.changed(new Snapshot(stage, shown, eta()), newStage);
    }

    private Long eta() {
        if (shown < 0.03) {
            return null;
        }
        double elapsedMs = (nanos.getAsLong() - startNanos) / 1e6;
        return Math.round(elapsedMs * (1 - shown) / shown);
    }

    private static double share(String stage) {
        return SHARES.getOrDefault(stage, OTHER_SHARE);
    }
}
