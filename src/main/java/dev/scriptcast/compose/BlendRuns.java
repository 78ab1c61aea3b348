package dev.scriptcast.compose;

import java.util.Arrays;

/**
 * A sprite's rows cut into runs of opaque pixels (copied) and see-through ones (blended), leaving out the fully
 * transparent ones (nothing to do). A drawn presenter is mostly flat colour with soft edges, so blending it by runs
 * is mostly row copies. Worked out once for a sprite that is blended on every frame.
 *
 * @param rowStart where row {@code r}'s runs begin in {@code runs} ({@code rowStart[height]} is the end)
 * @param runs     three ints a run: first column, length, and 1 when opaque or 0 when it must be blended
 */
public record BlendRuns(int[] rowStart, int[] runs) {
    public static BlendRuns of(Sprite sprite) {
        int w = sprite.width();
        int[] src = sprite.argb();
        int[] rowStart = new int[sprite.height() + 1];
        int[] runs = new int[64];
        int n = 0;
        for (int row = 0; row < sprite.height(); row++) {
            rowStart[row] = n;
            int col = 0;
            while (col < w) {
                int kind = kind(src[row * w + col]);
                int end = col + 1;
                while (end < w && kind(src[row * w + end]) == kind) {
                    end++;
                }
                if (kind != TRANSPARENT) {
                    if (n + 3 > runs.length) {
                        runs = Arrays.copyOf(runs, runs.length * 2);
                    }
                    runs[n++] = col;
                    runs[n++] = end - col;
                    runs[n++] = kind == OPAQUE ? 1 : 0;
                }
                col = end;
            }
        }
        rowStart[sprite.height()] = n;
        return new BlendRuns(rowStart, Arrays.copyOf(runs, n));
    }

    private static final int TRANSPARENT = 0;
    private static final int OPAQUE = 1;
    private static final int BLENDED = 2;

    /** Premultiplied: a pixel with no alpha and no colour adds nothing; full alpha replaces what is below. */
    private static int kind(int argb) {
        int alpha = argb >>> 24;
        return argb == 0 ? TRANSPARENT : alpha == 255 ? OPAQUE : BLENDED;
    }
}
