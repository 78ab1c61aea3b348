package dev.scriptcast.compose;

/**
 * One frame's pixels as packed ARGB ints (alpha is ignored by the encoder). Buffers are reused across frames,
 * so a layer must overwrite or blend, never assume the previous content.
 */
public record Canvas(int[] argb, int width, int height) {
    public Canvas(int width, int height) {
        this(new int[width * height], width, height);
    }

    /** Blends a premultiplied-alpha sprite with its top-left corner at (x, y), clipped to the canvas. */
    public void blend(Sprite sprite, int x, int y) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + sprite.width());
        int y1 = Math.min(height, y + sprite.height());
        int[] src = sprite.argb();
        for (int row = y0; row < y1; row++) {
            int s = (row - y) * sprite.width() + (x0 - x);
            int d = row * width + x0;
            for (int col = x0; col < x1; col++, s++, d++) {
                argb[d] = over(src[s], argb[d]);
            }
        }
    }

    /** Copies an opaque sprite with its top-left corner at (x, y), clipped: a row copy instead of a blend. */
    public void copy(Sprite opaque, int x, int y) {
        int x0 = Math.max(0, x);
        int x1 = Math.min(width, x + opaque.width());
        if (x1 <= x0) {
            return;
        }
        for (int row = Math.max(0, y); row < Math.min(height, y + opaque.height()); row++) {
            System.arraycopy(opaque.argb(), (row - y) * opaque.width() + (x0 - x), argb, row * width + x0, x1 - x0);
        }
    }

    /** Copies an opaque sprite of the canvas size: the cheapest way to lay a pre-rendered background. */
    public void fill(Sprite opaqueFullFrame) {
        System.arraycopy(opaqueFullFrame.argb(), 0, argb, 0, argb.length);
    }

    /** Source-over for premultiplied ARGB without branches, so the JIT can vectorise the loop. */
    static int over(int src, int dst) {
        int inv = 255 - (src >>> 24);
        int rb = ((dst & 0x00FF00FF) * inv >>> 8) & 0x00FF00FF;
        int g = ((dst & 0x0000FF00) * inv >>> 8) & 0x0000FF00;
        return (src + rb + g) | 0xFF000000;
    }
}
