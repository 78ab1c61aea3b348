package dev.scriptcast.compose;

/**
 * A layer that follows the video's clock (a looping video, Ken Burns motion) drawn inside a segment: frame i of
 * the segment is frame {@code firstFrame + i} of the video. Closing it closes the layer it wraps.
 */
public record ShiftedLayer(Layer layer, int firstFrame) implements Layer, AutoCloseable {
    @Override
    public String name() {
        return layer.name();
    }

    @Override
    public void draw(int frameIndex, Canvas canvas) {
        layer.draw(firstFrame + frameIndex, canvas);
    }

    @Override
    public void close() throws Exception {
        if (layer instanceof AutoCloseable c) {
            c.close();
        }
    }
}
