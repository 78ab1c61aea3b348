package dev.scriptcast.avatar.mouth;

import static dev.scriptcast.avatar.mouth.Phones.phones;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.timeline.Timeline;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShapeRulesTest {
    private static Set<MouthShape> shapesAt(Timeline<ShapeRule> rules, long ms) {
        return rules.at(ms).orElseThrow().value().shapes();
    }

    @Test
    void bilabialClosureStartsBeforeThePlosiveAndTakesTimeFromThePhoneBefore() {
        Timeline<ShapeRule> rules = ShapeRules.apply(phones("_:300 b:70 A:150"));
        // clamp(300 / 2, 40, 120) = 120 ms of closure before b at 300 ms
        assertThat(shapesAt(rules, 179)).containsExactly(MouthShape.X);
        assertThat(shapesAt(rules, 180)).containsExactly(MouthShape.A);
        assertThat(shapesAt(rules, 299)).containsExactly(MouthShape.A);
        assertThat(shapesAt(rules, 300)).isEqualTo(MouthShape.ANY);
        assertThat(shapesAt(rules, 400)).containsExactly(MouthShape.D);
    }

    @Test
    void closureIsAtLeastFortyMilliseconds() {
        Timeline<ShapeRule> rules = ShapeRules.apply(phones("_:300 i:30 t:60"));
        assertThat(shapesAt(rules, 330 - 40)).containsExactlyInAnyOrder(MouthShape.B, MouthShape.F);
        assertThat(shapesAt(rules, 330 - 41)).containsExactly(MouthShape.X);
    }

    @Test
    void twoPartVowelsSplitSixtyForty() {
        Timeline<ShapeRule> rules = ShapeRules.apply(phones("@U:200"));
        assertThat(shapesAt(rules, 119)).containsExactly(MouthShape.E);
        assertThat(shapesAt(rules, 120)).containsExactly(MouthShape.F);
    }

    @Test
    void longVowelsOpenWider() {
        assertThat(shapesAt(ShapeRules.apply(phones("V:150")), 0)).containsExactly(MouthShape.C);
        assertThat(shapesAt(ShapeRules.apply(phones("V:250")), 0)).containsExactly(MouthShape.D);
        assertThat(shapesAt(ShapeRules.apply(phones("l:100")), 0)).hasSize(4);
        assertThat(shapesAt(ShapeRules.apply(phones("l:250")), 0)).containsExactly(MouthShape.H);
    }
}
