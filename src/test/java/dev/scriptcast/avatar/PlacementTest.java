package dev.scriptcast.avatar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.compose.Rect;
import dev.scriptcast.base.InputException;
import org.junit.jupiter.api.Test;

class PlacementTest {
    private static final Rect AREA = new Rect(100, 50, 600, 400);

    @Test
    void bottomRightSitsInTheAreasCorner() {
        Rect box = Placement.box(AREA, "bottom-right", 1.0, 0.8);
        assertThat(box).isEqualTo(new Rect(700 - 320, 50, 320, 400));
    }

    @Test
    void scaleShrinksAndPositionsMove() {
        assertThat(Placement.box(AREA, "bottom-left", 0.5, 0.8)).isEqualTo(new Rect(100, 250, 160, 200));
        assertThat(Placement.box(AREA, "center", 0.5, 0.8)).isEqualTo(new Rect(320, 250, 160, 200));
        assertThat(Placement.box(AREA, "right", 0.5, 0.8)).isEqualTo(new Rect(540, 250, 160, 200));
    }

    @Test
    void wideAvatarsAreLimitedByTheAreaWidth() {
        Rect box = Placement.box(new Rect(0, 0, 300, 400), "left", 1.0, 1.5);
        assertThat(box.w()).isEqualTo(300);
        assertThat(box.h()).isEqualTo(200);
    }

    @Test
    void badPositionOrScaleNamesTheKey() {
        assertThatThrownBy(() -> Placement.box(AREA, "top", 1.0, 1)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("avatar.position:").hasMessageContaining("bottom-left");
        assertThatThrownBy(() -> Placement.box(AREA, "center", 3.5, 1)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("avatar.scale:");
    }
}
