package dev.scriptcast.compose;

/**
 * A layer that draws only inside {@link #bounds()}, the same rectangle in every frame. When every changing
 * layer is bounded, the renderer refreshes and colour-converts just those rectangles and takes the rest of
 * each frame from the static base, converted once.
 */
public interface BoundedLayer extends Layer {
    Rect bounds();
}
