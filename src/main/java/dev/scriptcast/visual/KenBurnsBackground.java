package dev.scriptcast.visual;

import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.Sprite;
import dev.scriptcast.compose.VideoFormat;

/**
 * A slow Ken Burns pan across an image scaled once slightly larger than the frame: the view drifts
 * diagonally and back with eased motion. Each frame is row copies from the pre-scaled image.
 */
final class KenBurnsBackground implements Layer {
    static final double ZOOM = 1.12;
    private static final double PERIOD_MS = 24_000;

    private final Sprite picture;
    private final VideoFormat fmt;

    KenBurnsBackground(Sprite picture, VideoFormat fmt) {
        this.picture = picture;
        this.fmt = fmt;
    }

    @Override
    public String name() {
        return "background ken burns";
    }

    @Override
    public void draw(int frameIndex, Canvas canvas) {
        double u = 0.5 - 0.5 * Math.cos(2 * Math.PI * fmt.timeMs(frameIndex) / PERIOD_MS);
        int dx = (int) Math.round(u * (picture.width() - fmt.width()));
        int dy = (int) Math.round(u * (picture.height() - fmt.height()));
        int[] src = picture.argb();
        int[] dst = canvas.argb();
        for (int y = 0; y < fmt.height(); y++) {
            System.arraycopy(src, (y + dy) * picture.width() + dx, dst, y * fmt.width(), fmt.width());
        }
    }
}
