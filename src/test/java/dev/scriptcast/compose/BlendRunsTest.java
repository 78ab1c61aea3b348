package dev.scriptcast.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Blending by runs draws exactly what blending every pixel draws, wherever the sprite sits, clipped or not. */
class BlendRunsTest {
    @Test
    void runsGiveThePixelsOfAPlainBlendAtEveryPosition() {
        Sprite sprite = sprite(new Random(3), 37, 23);
        BlendRuns runs = BlendRuns.of(sprite);
        int[][] places = {{5, 4}, {0, 0}, {-10, -7}, {50, 30}, {70, -5}, {-36, 10}, {79, 49}, {-37, -23}, {200, 3}};
        for (int[] at : places) {
            Canvas plain = background(new Random(at[0] * 31 + at[1]), 80, 50);
            Canvas byRuns = new Canvas(plain.argb().clone(), 80, 50);

            plain.blend(sprite, at[0], at[1]);
            byRuns.blend(sprite, runs, at[0], at[1]);

            assertThat(byRuns.argb()).as("sprite at %d,%d", at[0], at[1]).isEqualTo(plain.argb());
        }
    }

    @Test
    void aClearPixelLeavesTheOneBelowAndAnOpaqueOneReplacesIt() {
        Random random = new Random(5);
        for (int i = 0; i < 1000; i++) {
            int below = 0xFF000000 | random.nextInt(0x1000000);
            int opaque = 0xFF000000 | random.nextInt(0x1000000);
            assertThat(Canvas.over(0, below)).isEqualTo(below);
            assertThat(Canvas.over(opaque, below)).isEqualTo(opaque);
            int half = Sprite.premultiply(0x80FFFFFF);
            int mixed = Canvas.over(half, below);
            assertThat((mixed >> 8) & 0xFF).isBetween(((below >> 8) & 0xFF) / 2 + 126, ((below >> 8) & 0xFF) / 2 + 129);
        }
    }

    @Test
    void aFlatShapeWithSoftEdgesIsMostlyCopiedAndTheClearCornersSkipped() {
        int w = 40;
        int h = 40;
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = Math.hypot(x - 19.5, y - 19.5);
                int a = (int) Math.round(255 * Math.clamp(18 - d, 0, 1));
                px[y * w + x] = Sprite.premultiply(a << 24 | 0x336699);
            }
        }
        BlendRuns runs = BlendRuns.of(new Sprite(px, w, h));
        int copied = 0;
        int blended = 0;
        for (int r = 0; r < runs.runs().length; r += 3) {
            if (runs.runs()[r + 2] == 1) {
                copied += runs.runs()[r + 1];
            } else {
                blended += runs.runs()[r + 1];
            }
        }
        assertThat(copied + blended).isLessThan(w * h);
        assertThat(copied).isGreaterThan(blended * 4);
    }

    /** Transparent, opaque, see-through and additive (no alpha, some colour) pixels, in runs and alone. */
    private static Sprite sprite(Random random, int w, int h) {
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) {
            int kind = random.nextInt(10);
            int rgb = random.nextInt(0x1000000);
            px[i] = switch (kind) {
                case 0, 1, 2 -> 0;
                case 3, 4, 5 -> 0xFF000000 | rgb;
                case 6 -> 0x00000000 | (rgb & 0x0F0F0F);
                default -> Sprite.premultiply((1 + random.nextInt(254)) << 24 | rgb);
            };
            if (kind < 6 && i > 0 && random.nextBoolean()) {
                px[i] = px[i - 1];
            }
        }
        return new Sprite(px, w, h);
    }

    private static Canvas background(Random random, int w, int h) {
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) {
            px[i] = 0xFF000000 | random.nextInt(0x1000000);
        }
        return new Canvas(px, w, h);
    }
}
