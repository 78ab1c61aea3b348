package dev.scriptcast.avatar.mouth;

import static dev.scriptcast.avatar.mouth.Phones.ipa;
import static dev.scriptcast.avatar.mouth.Phones.sampa;
import static dev.scriptcast.avatar.mouth.Phones.shapeAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import org.junit.jupiter.api.Test;

class LipSyncTest {
    @Test
    void bobClosesTheLipsAtBothBs() {
        Timeline<MouthShape> shapes = LipSync.visemes(sampa("_:300 b:70 A:160 b:80 _:400"));
        assertThat(shapeAt(shapes, 290)).isEqualTo(MouthShape.A);
        assertThat(shapeAt(shapes, 360)).isEqualTo(MouthShape.D);
        assertThat(shapeAt(shapes, 520)).isEqualTo(MouthShape.A);
        assertThat(shapeAt(shapes, 100)).isEqualTo(MouthShape.X);
        assertThat(shapeAt(shapes, 900)).isEqualTo(MouthShape.X);
    }

    @Test
    void bobInEspeakIpaAlsoCloses() {
        Timeline<MouthShape> shapes = LipSync.visemes(ipa("_:300 b:70 ˈɑː:160 b:80 _:400"));
        assertThat(shapeAt(shapes, 290)).isEqualTo(MouthShape.A);
        assertThat(shapeAt(shapes, 520)).isEqualTo(MouthShape.A);
    }

    @Test
    void youEndsPuckered() {
        Timeline<MouthShape> shapes = LipSync.visemes(sampa("_:200 j:60 u:220 _:500"));
        MouthShape last = shapes.items().stream().filter(t -> t.value() != MouthShape.X)
                .reduce((a, b) -> b).orElseThrow().value();
        assertThat(last).isEqualTo(MouthShape.F);
        assertThat(shapeAt(shapes, 450)).isEqualTo(MouthShape.F);
    }

    @Test
    void halfSecondPauseBetweenWordsRests() {
        Timeline<MouthShape> shapes = LipSync.visemes(sampa("_:200 h:60 aI:250 _:500 @U:250 _:300"));
        assertThat(shapeAt(shapes, 760)).isEqualTo(MouthShape.X);
        assertThat(shapeAt(shapes, 300)).isNotEqualTo(MouthShape.X);
        assertThat(shapeAt(shapes, 1100)).isNotEqualTo(MouthShape.X);
    }

    @Test
    void shortGapHoldsThePreviousShape() {
        Timeline<MouthShape> shapes = LipSync.visemes(sampa("_:200 A:200 _:80 A:200 _:300"));
        assertThat(shapeAt(shapes, 440)).isEqualTo(MouthShape.D);
    }

    @Test
    void gapsInTheInputAreTreatedAsSilence() {
        Timeline<MouthShape> shapes = LipSync.visemes(new Timeline<>(java.util.List.of(
                new Timed<>(1000, 1200, new dev.scriptcast.speech.Phoneme("A", 
                        dev.scriptcast.speech.Phoneme.Alphabet.SAMPA, true)))));
        assertThat(shapes.get(0).startMs()).isZero();
        assertThat(shapeAt(shapes, 500)).isEqualTo(MouthShape.X);
        assertThat(shapeAt(shapes, 1100)).isEqualTo(MouthShape.D);
    }
}
