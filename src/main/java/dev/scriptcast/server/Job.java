package dev.scriptcast.server;

/**
 * One render job as the API shows it. {@code progress} runs 0..1, {@code etaMs} is null until there is enough
 * progress to estimate from; times are epoch milliseconds.
 */
public record Job(String id, State state, String title, String stage, double progress, Long etaMs, String error,
                  long createdAtMs, Long finishedAtMs) {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static State fromWire(String text) {
            return valueOf(text.toUpperCase(java.util.Locale.ROOT));
        }

        public boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    Job withProgress(String newStage, double newProgress, Long newEtaMs) {
        return new Job(id, state, title, newStage, newProgress, newEtaMs, error, createdAtMs, finishedAtMs);
    }
}
