package dev.scriptcast.avatar.mouth;

import static dev.scriptcast.avatar.mouth.MouthShape.B;
import static dev.scriptcast.avatar.mouth.MouthShape.C;
import static dev.scriptcast.avatar.mouth.MouthShape.D;
import static dev.scriptcast.avatar.mouth.MouthShape.E;
import static dev.scriptcast.avatar.mouth.MouthShape.X;
import static dev.scriptcast.avatar.mouth.Phones.shapeAt;
import static dev.scriptcast.avatar.mouth.Phones.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.timeline.Timeline;
import org.junit.jupiter.api.Test;

class PauseAnimationTest {
    @Test
    void halfASecondPauseRests() {
        Timeline<MouthShape> out = PauseAnimation.apply(timeline(0, 200, D, 200, 700, X, 700, 900, C));
        assertThat(shapeAt(out, 450)).isEqualTo(X);
    }

    @Test
    void shortGapHoldsThePreviousShape() {
        Timeline<MouthShape> out = PauseAnimation.apply(timeline(0, 200, D, 200, 300, X, 300, 500, C));
        assertThat(shapeAt(out, 250)).isEqualTo(D);
    }

    @Test
    void mediumGapRelaxesButNotIntoTheNextShape() {
        Timeline<MouthShape> relaxed = PauseAnimation.apply(timeline(0, 200, D, 200, 400, X, 400, 600, E));
        assertThat(shapeAt(relaxed, 300)).isEqualTo(C);
        // D relaxes to C, which is what comes next, so it relaxes once more to B.
        Timeline<MouthShape> further = PauseAnimation.apply(timeline(0, 200, D, 200, 400, X, 400, 600, C));
        assertThat(shapeAt(further, 300)).isEqualTo(B);
    }

    @Test
    void silenceAtTheEdgesIsNotAPause() {
        Timeline<MouthShape> out = PauseAnimation.apply(timeline(0, 50, X, 50, 250, D, 250, 300, X));
        assertThat(shapeAt(out, 10)).isEqualTo(X);
        assertThat(shapeAt(out, 290)).isEqualTo(X);
    }
}
