package dev.scriptcast.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanvasCopyTest {

    @Test
    void copyingAnOpaqueSpriteMatchesBlendingItAndClipsAtEveryEdge() {
        int[] pixels = new int[7 * 5];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 0xFF000000 | i * 0x030507;
        }
        Sprite sprite = new Sprite(pixels, 7, 5);
        for (int[] at : new int[][] {{1, 1}, {-3, -2}, {6, 4}, {-7, 0}, {9, 9}}) {
            Canvas copied = new Canvas(9, 6);
            Canvas blended = new Canvas(9, 6);
            java.util.Arrays.fill(copied.argb(), 0xFF102030);
            java.util.Arrays.fill(blended.argb(), 0xFF102030);
            copied.copy(sprite, at[0], at[1]);
            blended.blend(sprite, at[0], at[1]);
            assertThat(copied.argb()).as("at %d,%d", at[0], at[1]).isEqualTo(blended.argb());
        }
    }
}
