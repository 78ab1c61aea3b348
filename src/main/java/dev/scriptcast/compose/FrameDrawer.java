package dev.scriptcast.compose;

import java.util.List;

/** One frame of a layer stack drawn on its own, as the video would show it: for a still, not a video. */
public final class FrameDrawer {
    private FrameDrawer() {}

    /** The frame's pixels as packed ARGB, row by row, {@code fmt.width()} to a row. */
    public static int[] draw(VideoFormat fmt, List<Layer> layers, int frameIndex) {
        Composition composition = Composition.of(fmt, layers);
        Canvas canvas = new Canvas(fmt.width(), fmt.height());
        canvas.fill(composition.base());
        composition.draw(frameIndex, canvas);
        return canvas.argb();
    }
}
