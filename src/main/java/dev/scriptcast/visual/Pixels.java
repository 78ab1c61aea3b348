package dev.scriptcast.visual;

import java.util.Arrays;

import dev.scriptcast.compose.Canvas;

/** Opaque rectangle fills clipped to the canvas: the only drawing primitive the visualisers need per frame. */
final class Pixels {
    private Pixels() {}

    static void fillRect(Canvas c, int x, int y, int w, int h, int argb) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(c.width(), x + w);
        int y1 = Math.min(c.height(), y + h);
        int[] px = c.argb();
        for (int row = y0; row < y1; row++) {
            int start = row * c.width();
            if (x1 > x0) {
                Arrays.fill(px, start + x0, start + x1, argb);
            }
        }
    }
}
