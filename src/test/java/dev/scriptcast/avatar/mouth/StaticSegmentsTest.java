package dev.scriptcast.avatar.mouth;

import static dev.scriptcast.avatar.mouth.Phones.phones;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import org.junit.jupiter.api.Test;

class StaticSegmentsTest {
    /** "see it, sis": every vowel and consonant allows clenched teeth, so the rough pass never moves. */
    private static final String FROZEN = "_:200 s:80 i:200 t:80 I:200 s:80 I:250 s:80 _:300";

    private static long longestNonRest(Timeline<MouthShape> shapes) {
        return shapes.items().stream().filter(t -> t.value() != MouthShape.X).mapToLong(Timed::durationMs).max()
                .orElse(0);
    }

    @Test
    void theRoughPassAloneFreezesOnClenchedTeeth() {
        Timeline<MouthShape> rough = RoughAnimation.apply(ShapeRules.apply(phones(FROZEN)));
        assertThat(longestNonRest(rough)).isGreaterThanOrEqualTo(StaticSegments.MIN_STATIC_MS);
    }

    @Test
    void aFewClenchedVowelsOpenSoTheMouthMoves() {
        Timeline<MouthShape> shapes = StaticSegments.apply(ShapeRules.apply(phones(FROZEN)), RoughAnimation::apply);
        // Vowel middles: i at 330 ms, I at 660 ms, I at 965 ms; no longer one shape through all three.
        var atVowels = java.util.stream.Stream.of(330, 660, 965).map(ms -> Phones.shapeAt(shapes, ms)).distinct()
                .toList();
        assertThat(atVowels).hasSizeGreaterThan(1).contains(MouthShape.C);
    }

    @Test
    void eachPhraseIsUnfrozenOnItsOwn() {
        String phrase = "s:80 i:200 t:80 I:200 s:80 I:250 s:80 _:500";
        Timeline<MouthShape> shapes = StaticSegments.apply(ShapeRules.apply(phones("_:200 " + phrase + " " + phrase)),
                RoughAnimation::apply);
        long secondPhrase = 200 + 970 + 500;
        var opened = shapes.items().stream().filter(t -> t.value() == MouthShape.C).map(Timed::startMs).toList();
        assertThat(opened).anyMatch(ms -> ms < secondPhrase).anyMatch(ms -> ms > secondPhrase);
    }

    @Test
    void livelySpeechIsLeftAlone() {
        Timeline<ShapeRule> rules = ShapeRules.apply(phones("_:200 b:70 A:200 s:80 i:200 _:300"));
        assertThat(StaticSegments.apply(rules, RoughAnimation::apply)).isEqualTo(RoughAnimation.apply(rules));
    }
}
