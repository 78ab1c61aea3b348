package dev.scriptcast.compose;

/** Told after frames are encoded; called from the encoding thread. */
public interface FrameProgress {
    FrameProgress NONE = (done, total) -> { };

    void framesDone(int done, int total);
}
