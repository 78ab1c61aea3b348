package dev.scriptcast.compose;

import java.util.List;

/**
 * The layer stack of one video, with its static base (the leading {@link StaticLayer}s) pre-rendered once.
 * Drawing a frame is one copy of the base plus the changing layers on top.
 */
record Composition(Sprite base, List<Layer> changing) {

    static Composition of(VideoFormat fmt, List<Layer> layers) {
        int staticCount = 0;
        while (staticCount < layers.size() && layers.get(staticCount) instanceof StaticLayer) {
            staticCount++;
        }
        Canvas canvas = new Canvas(fmt.width(), fmt.height());
        java.util.Arrays.fill(canvas.argb(), 0xFF000000);
        for (Layer layer : layers.subList(0, staticCount)) {
            layer.draw(0, canvas);
        }
        Sprite base = new Sprite(canvas.argb(), fmt.width(), fmt.height());
        return new Composition(base, List.copyOf(layers.subList(staticCount, layers.size())));
    }

    void draw(int frameIndex, Canvas canvas) {
        canvas.fill(base);
        for (Layer layer : changing) {
            layer.draw(frameIndex, canvas);
        }
    }
}
