package dev.scriptcast.avatar;

import dev.scriptcast.avatar.Rig.Placed;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.Sprite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;

/** Helpers to turn drawings into tightly cropped sprites and to measure where they land. */
public final class Sprites {
    private Sprites() {}

    /** Paints on a transparent image the size of {@code box} and crops it to the painted pixels. */
    public static Placed paint(Rect box, Consumer<Graphics2D> painter) {
        BufferedImage image = new BufferedImage(box.w(), box.h(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        painter.accept(g);
        g.dispose();
        return crop(image, box.x(), box.y());
    }

    /** The non-transparent part of {@code image}, placed as if the image's corner were at (x, y). */
    public static Placed crop(BufferedImage image, int x, int y) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = image.getRGB(0, 0, w, h, null, 0, w);
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                if ((px[row * w + col] >>> 24) != 0) {
                    minX = Math.min(minX, col);
                    maxX = Math.max(maxX, col);
                    minY = Math.min(minY, row);
                    maxY = Math.max(maxY, row);
                }
            }
        }
        if (maxX < 0) {
            return new Placed(null, x, y);
        }
        BufferedImage cropped = image.getSubimage(minX, minY, maxX - minX + 1, maxY - minY + 1);
        return new Placed(Sprite.of(cropped), x + minX, y + minY);
    }

    /** The smallest rectangle holding every drawn state. */
    public static Rect union(Placed[] states) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (Placed p : states) {
            if (p == null || p.sprite() == null) {
                continue;
            }
            x0 = Math.min(x0, p.x());
            y0 = Math.min(y0, p.y());
            x1 = Math.max(x1, p.x() + p.sprite().width());
            y1 = Math.max(y1, p.y() + p.sprite().height());
        }
        return x1 < x0 ? new Rect(0, 0, 0, 0) : new Rect(x0, y0, x1 - x0, y1 - y0);
    }

    /** {@code rect} grown to cover every per-frame offset; null offsets mean none. */
    public static Rect moved(Rect rect, byte[] dx, byte[] dy) {
        int[] xs = range(dx);
        int[] ys = range(dy);
        return new Rect(rect.x() + xs[0], rect.y() + ys[0], rect.w() + xs[1] - xs[0], rect.h() + ys[1] - ys[0]);
    }

    private static int[] range(byte[] offsets) {
        int lo = 0;
        int hi = 0;
        if (offsets != null) {
            for (byte b : offsets) {
                lo = Math.min(lo, b);
                hi = Math.max(hi, b);
            }
        }
        return new int[] {lo, hi};
    }
}
