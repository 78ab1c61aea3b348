package dev.scriptcast.batch;

/** Follows a batch; called from worker threads, so implementations must be thread-safe. */
public interface BatchListener {
    BatchListener NONE = new BatchListener() {};

    /** {@code finished} of {@code total} items are done, skipped or failed. */
    default void progress(int finished, int total) {}

    /** An item's final outcome. */
    default void finished(ItemOutcome outcome) {}
}
