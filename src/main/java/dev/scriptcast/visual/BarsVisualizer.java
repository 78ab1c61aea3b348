package dev.scriptcast.visual;

import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.BoundedLayer;
import dev.scriptcast.compose.Rect;

/** Spectrum bars mirrored about the area's middle line; silence leaves a row of short resting bars. */
final class BarsVisualizer implements BoundedLayer {
    private final Spectrum spectrum;
    private final Rect area;
    private final int[] colors;
    private final int[] xs;
    private final int barWidth;
    private final int restHeight;

    BarsVisualizer(Spectrum spectrum, Rect area, Visualizers.Palette palette) {
        this.spectrum = spectrum;
        this.area = area;
        int n = spectrum.bands();
        double slot = area.w() / (double) n;
        barWidth = Math.max(1, (int) Math.round(slot * 0.62));
        restHeight = Math.max(2, area.h() / 24) & ~1;
        colors = new int[n];
        xs = new int[n];
        for (int b = 0; b < n; b++) {
            colors[b] = palette.argbAt(b / (double) Math.max(1, n - 1));
            xs[b] = area.x() + (int) Math.round(b * slot + (slot - barWidth) / 2);
        }
    }

    @Override
    public Rect bounds() {
        return area;
    }

    @Override
    public String name() {
        return "visualizer bars";
    }

    @Override
    public void draw(int frameIndex, Canvas canvas) {
        int mid = area.y() + area.h() / 2;
        for (int b = 0; b < colors.length; b++) {
            int half = Math.max(restHeight, Math.round(spectrum.level(frameIndex, b) * area.h())) / 2;
            Pixels.fillRect(canvas, xs[b], mid - half, barWidth, 2 * half, colors[b]);
        }
    }
}
