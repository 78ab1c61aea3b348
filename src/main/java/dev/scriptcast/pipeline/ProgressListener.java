package dev.scriptcast.pipeline;

/** Receives progress from a render; called from pipeline threads, so implementations must be thread-safe. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {};

    default void stageStarted(String stage) {}

    default void stageFinished(String stage, long wallMs) {}

    default void frames(int done, int total) {}

    /** Speech has {@code done} of {@code total} sentences ready, synthesised or taken from the cache. */
    default void speech(int done, int total) {}

    /** {@code done} of {@code total} video segments are ready; {@code reused} of them came from the cache. */
    default void segments(int done, int reused, int total) {}

    /** Something the user should know (a fallback, a rounded size). */
    default void notice(String message) {}
}
