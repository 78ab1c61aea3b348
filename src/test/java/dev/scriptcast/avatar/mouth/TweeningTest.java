package dev.scriptcast.avatar.mouth;

import static dev.scriptcast.avatar.mouth.MouthShape.A;
import static dev.scriptcast.avatar.mouth.MouthShape.C;
import static dev.scriptcast.avatar.mouth.MouthShape.D;
import static dev.scriptcast.avatar.mouth.MouthShape.E;
import static dev.scriptcast.avatar.mouth.MouthShape.F;
import static dev.scriptcast.avatar.mouth.MouthShape.X;
import static dev.scriptcast.avatar.mouth.Phones.shapeAt;
import static dev.scriptcast.avatar.mouth.Phones.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.timeline.Timeline;
import org.junit.jupiter.api.Test;

class TweeningTest {
    @Test
    void wideOpenToClosedPassesThroughOpenJustBefore() {
        Timeline<MouthShape> out = Tweening.apply(timeline(0, 300, D, 300, 500, A));
        // early: min(300 / 3, 80) = 80 ms ending at the transition
        assertThat(shapeAt(out, 219)).isEqualTo(D);
        assertThat(shapeAt(out, 220)).isEqualTo(C);
        assertThat(shapeAt(out, 300)).isEqualTo(A);
    }

    @Test
    void openToPuckeredRoundsInTheMiddle() {
        Timeline<MouthShape> out = Tweening.apply(timeline(0, 200, C, 200, 400, F));
        // centred: min(200 / 4, 200 / 4, 80) = 50 ms around 200
        assertThat(shapeAt(out, 174)).isEqualTo(C);
        assertThat(shapeAt(out, 175)).isEqualTo(E);
        assertThat(shapeAt(out, 224)).isEqualTo(E);
        assertThat(shapeAt(out, 225)).isEqualTo(F);
    }

    @Test
    void tweensShorterThanFortyMillisecondsAreSkipped() {
        Timeline<MouthShape> out = Tweening.apply(timeline(0, 300, D, 300, 390, X));
        assertThat(out.items()).hasSize(2);
        assertThat(shapeAt(out, 300)).isEqualTo(X);
    }
}
