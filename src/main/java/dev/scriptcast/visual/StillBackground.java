package dev.scriptcast.visual;

import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Sprite;
import dev.scriptcast.compose.StaticLayer;

/** An opaque full-frame picture that never changes: colour, gradient or a cover-fitted image. */
record StillBackground(String name, Sprite picture) implements StaticLayer {
    @Override
    public void draw(int frameIndex, Canvas canvas) {
        canvas.fill(picture);
    }
}
