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

    /**
     * The same pixels as {@link #blend(Sprite, int, int)}, by the sprite's {@code runs}: transparent pixels are
     * skipped and opaque runs copied, so only soft edges are blended.
     */
    public void blend(Sprite sprite, BlendRuns runs, int x, int y) {
        int[] src = sprite.argb();
        int[] at = runs.runs();
        for (int row = Math.max(0, y); row < Math.min(height, y + sprite.height()); row++) {
            int srcRow = (row - y) * sprite.width();
            int dstRow = row * width;
            for (int r = runs.rowStart()[row - y]; r < runs.rowStart()[row - y + 1]; r += 3) {
                int c0 = Math.max(at[r] + x, 0);
                int c1 = Math.min(at[r] + at[r + 1] + x, width);
                if (c1 <= c0) {
                    continue;
                }
                if (at[r + 2] == 1) {
                    System.arraycopy(src, srcRow + c0 - x, argb, dstRow + c0, c1 - c0);
                } else {
                    for (int col = c0, s = srcRow + c0 - x; col < c1; col++, s++) {
                        argb[dstRow + col] = over(src[s], argb[dstRow + col]);
                    }
                }
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

    /**
     * Source-over for premultiplied ARGB without branches, so the JIT can vectorise the loop. Alpha 0..255 is
     * stretched to 0..256 so that a clear pixel leaves the one below exactly as it was and an opaque one replaces it.
     */
    static int over(int src, int dst) {
        int alpha = src >>> 24;
        int inv = 256 - alpha - (alpha >>> 7);
        int rb = ((dst & 0x00FF00FF) * inv >>> 8) & 0x00FF00FF;
        int g = ((dst & 0x0000FF00) * inv >>> 8) & 0x0000FF00;
        return (src + rb + g) | 0xFF000000;
    }
}
