package dev.scriptcast.avatar.mouth;

import static dev.scriptcast.avatar.mouth.MouthShape.A;
import static dev.scriptcast.avatar.mouth.MouthShape.B;
import static dev.scriptcast.avatar.mouth.MouthShape.C;
import static dev.scriptcast.avatar.mouth.MouthShape.D;
import static dev.scriptcast.avatar.mouth.MouthShape.X;
import static dev.scriptcast.avatar.mouth.Phones.shapeAt;
import static dev.scriptcast.avatar.mouth.Phones.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import org.junit.jupiter.api.Test;

class TimingOptimizationTest {
    @Test
    void jitterInsideASpeechStretchBecomesShapesOfAtLeastSeventyMilliseconds() {
        Timeline<MouthShape> jittery = timeline(0, 100, X, 100, 130, B, 130, 160, C, 160, 190, B, 190, 220, C,
                220, 250, B, 250, 280, C, 280, 310, B, 310, 400, C, 400, 600, X);
        Timeline<MouthShape> out = TimingOptimization.apply(jittery);
        for (Timed<MouthShape> t : out.items()) {
            if (t.value() != X) {
                assertThat(t.durationMs()).as("shape %s", t).isGreaterThanOrEqualTo(70);
            }
        }
        assertThat(shapeAt(out, 50)).isEqualTo(X);
        assertThat(shapeAt(out, 500)).isEqualTo(X);
        assertThat(out.endMs()).isEqualTo(600);
    }

    @Test
    void aBriefClosureIsStretchedEarlierSoItRegisters() {
        Timeline<MouthShape> in = timeline(0, 300, X, 300, 340, A, 340, 600, D, 600, 900, X);
        Timeline<MouthShape> out = TimingOptimization.apply(in);
        Timed<MouthShape> closure = out.items().stream().filter(t -> t.value() == A).findFirst().orElseThrow();
        assertThat(closure.durationMs()).isGreaterThanOrEqualTo(80);
        assertThat(closure.endMs()).isEqualTo(340);
        assertThat(shapeAt(out, 400)).isEqualTo(D);
    }

    @Test
    void openBeatsAndDWinsOverCWhenTied() {
        Timeline<MouthShape> in = timeline(0, 100, X, 100, 135, C, 135, 170, D, 170, 400, X);
        Timeline<MouthShape> out = TimingOptimization.apply(in);
        assertThat(out.items()).extracting(Timed::value).containsExactly(X, D, X);
    }
}
