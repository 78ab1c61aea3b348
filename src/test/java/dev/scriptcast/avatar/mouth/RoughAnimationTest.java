package dev.scriptcast.avatar.mouth;

import static dev.scriptcast.avatar.mouth.Phones.phones;
import static dev.scriptcast.avatar.mouth.Phones.shapeAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.timeline.Timeline;
import org.junit.jupiter.api.Test;

class RoughAnimationTest {
    private static Timeline<MouthShape> rough(String spec) {
        return RoughAnimation.apply(ShapeRules.apply(phones(spec)));
    }

    @Test
    void consonantBeforeARoundedVowelIsAlreadyRounded() {
        // "you": j allows B, C or F; the following u (F) is anticipated.
        Timeline<MouthShape> shapes = rough("_:300 j:60 u:200 _:300");
        assertThat(shapeAt(shapes, 330)).isEqualTo(MouthShape.F);
        assertThat(shapeAt(shapes, 400)).isEqualTo(MouthShape.F);
        assertThat(shapeAt(shapes, 100)).isEqualTo(MouthShape.X);
    }

    @Test
    void anticipationReachesBackAtMostTwoHundredMilliseconds() {
        // "swoo": s (B/F) 250 ms before the u is too early to round.
        Timeline<MouthShape> shapes = rough("_:300 s:250 u:200");
        assertThat(shapeAt(shapes, 320)).isEqualTo(MouthShape.B);
        assertThat(shapeAt(shapes, 600)).isEqualTo(MouthShape.F);
    }

    @Test
    void anticipationStopsAtAClosedMouth() {
        Timeline<MouthShape> shapes = rough("_:300 m:80 A:200");
        assertThat(shapeAt(shapes, 340)).isEqualTo(MouthShape.A);
        assertThat(shapeAt(shapes, 400)).isEqualTo(MouthShape.D);
    }

    @Test
    void shapesStayCloseToThePreviousShape() {
        // After D a schwa (B or C) takes C, the nearer of the two, rather than snapping to B.
        Timeline<MouthShape> shapes = rough("A:200 @:100");
        assertThat(shapeAt(shapes, 250)).isEqualTo(MouthShape.C);
    }
}
