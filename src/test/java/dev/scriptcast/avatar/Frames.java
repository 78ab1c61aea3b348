package dev.scriptcast.avatar;

import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.Rect;
import java.util.Arrays;

/** Renders layer frames over a flat background and measures differences, for the avatar tests. */
public final class Frames {
    private Frames() {}

    public static Canvas render(Layer layer, int frame, int width, int height) {
        Canvas canvas = new Canvas(width, height);
        Arrays.fill(canvas.argb(), 0xFF2E3A4F);
        layer.draw(frame, canvas);
        return canvas;
    }

    /** Mean absolute RGB difference per pixel inside {@code r}. */
    public static double meanDiff(Canvas a, Canvas b, Rect r) {
        long sum = 0;
        for (int y = r.y(); y < r.y() + r.h(); y++) {
            for (int x = r.x(); x < r.x() + r.w(); x++) {
                int p = a.argb()[y * a.width() + x];
                int q = b.argb()[y * b.width() + x];
                sum += Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)) + Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF))
                        + Math.abs((p & 0xFF) - (q & 0xFF));
            }
        }
        return sum / (3.0 * r.w() * r.h());
    }

    /** The smallest rectangle holding every pixel that differs between the two frames, or null. */
    public static Rect changed(Canvas a, Canvas b) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                if (a.argb()[y * a.width() + x] != b.argb()[y * b.width() + x]) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new Rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    public static boolean contains(Rect outer, Rect inner) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.w() <= outer.x() + outer.w()
                && inner.y() + inner.h() <= outer.y() + outer.h();
    }
}
