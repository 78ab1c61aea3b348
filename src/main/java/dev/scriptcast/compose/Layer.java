package dev.scriptcast.compose;

/**
 * One visual layer of the video. Everything that does not change per frame is prepared when the layer is
 * built; {@link #draw} only adds what changes. Several producer threads draw different frames at once, so
 * {@code draw} must depend only on {@code frameIndex} (no mutable per-call state).
 */
public interface Layer {
    String name();

    void draw(int frameIndex, Canvas canvas);
}
