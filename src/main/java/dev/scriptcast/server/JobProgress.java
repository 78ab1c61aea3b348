package dev.scriptcast.server;

import dev.scriptcast.pipeline.ProgressListener;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A render's progress as one number. Speech and composition overlap (segments are rendered while later sentences
 * are spoken), so the number weighs what is done rather than which stage is running: sentences spoken, frames
 * ready (of the frames planned so far, scaled by the share of sentences spoken, since later sentences add frames)
 * and the stages that run once (parsing, mixing, muxing). It never goes back, and reaches 1 only when the job is
 * done.
 */
final class JobProgress implements ProgressListener {
    private static final Map<String, Double> ONCE = Map.of("script_parsing", 0.02, "audio_mixing", 0.05,
            "muxing", 0.05);
    private static final double SPEECH_SHARE = 0.30;
    private static final double FRAMES_SHARE = 0.58;
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
    private double speech;
    private double frames;
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
        publish(true);
    }

    @Override
    public synchronized void stageFinished(String name, long wallMs) {
        finishedShare += ONCE.getOrDefault(name, 0.0);
        if (name.equals("tts_generation")) {
            speech = 1;
        }
        publish(false);
    }

    @Override
    public synchronized void frames(int done, int total) {
        frames = fraction(done, total);
        throttled(done >= total);
    }

    @Override
    public synchronized void speech(int done, int total) {
        speech = fraction(done, total);
        throttled(done >= total);
    }

    @Override
    public void notice(String message) {
        listener.notice(message);
    }

    synchronized Snapshot snapshot() {
        return new Snapshot(stage, shown, eta());
    }

    private static double fraction(int done, int total) {
        return total <= 0 ? 1 : Math.min(1.0, (double) done / total);
    }

    private void throttled(boolean last) {
        if (last || nanos.getAsLong() - lastUpdateNanos >= UPDATE_INTERVAL_NANOS) {
            publish(false);
        }
    }

    private void publish(boolean newStage) {
        double now = finishedShare + SPEECH_SHARE * speech + FRAMES_SHARE * frames * speech;
        shown = Math.max(shown, Math.min(0.99, now));
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
}
