package dev.scriptcast.avatar.neural;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.compose.Rect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaceBoxesTest {

    @Test
    void theBoxGrowsTenPixelsDownToTakeInTheChinButStaysInsideThePicture() {
        assertThat(FaceBoxes.padded(new Rect(40, 30, 100, 100), 400, 300)).isEqualTo(new Rect(40, 30, 100, 110));
        assertThat(FaceBoxes.padded(new Rect(-5, 200, 100, 95), 400, 300)).isEqualTo(new Rect(0, 200, 95, 100));
    }

    @Test
    void eachBoxIsTheMeanOfItselfAndTheNextFourAndTheLastFiveNearTheEnd() {
        List<Rect> jittery = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            jittery.add(new Rect(100 + (i % 2 == 0 ? 10 : -10), 50, 80, 80));
        }
        List<Rect> smooth = FaceBoxes.smoothed(jittery);
        assertThat(smooth).hasSize(8);
        // Frames 0..4 hold three +10s and two -10s: mean x 102.
        assertThat(smooth.get(0)).isEqualTo(new Rect(102, 50, 80, 80));
        // Frames 1..5: two +10s, three -10s.
        assertThat(smooth.get(1)).isEqualTo(new Rect(98, 50, 80, 80));
        // From frame 3 on, the window is the last five frames, 3..7.
        assertThat(smooth.get(3)).isEqualTo(smooth.get(7)).isEqualTo(new Rect(98, 50, 80, 80));
    }
}
