package dev.scriptcast.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifeTest {
    private static final VideoFormat FORMAT = new VideoFormat(640, 360, 30);

    private static Life life(long seed, Timeline<Word> words, Timeline<Phoneme> phonemes) {
        Timeline<MouthShape> visemes = new Timeline<>(List.of(new Timed<>(0, 1000, MouthShape.X),
                new Timed<>(1000, 1500, MouthShape.D), new Timed<>(1500, 60_000, MouthShape.X)));
        return Life.of(FORMAT, 60_000, visemes, words, phonemes, seed, 4, 2);
    }

    private static List<Integer> blinkStartFrames(Life life) {
        List<Integer> starts = new ArrayList<>();
        for (int f = 0; f < life.frames; f++) {
            if (life.eyes[f] != Life.EYES_OPEN && (f == 0 || life.eyes[f - 1] == Life.EYES_OPEN)) {
                starts.add(f);
            }
        }
        return starts;
    }

    @Test
    void blinksComeEveryTwoToSixSecondsAndCloseTheEyes() {
        Life life = life(7, Timeline.empty(), Timeline.empty());
        List<Integer> starts = blinkStartFrames(life);
        assertThat(starts).hasSizeBetween(60 / 6, 60 / 2);
        for (int i = 1; i < starts.size(); i++) {
            assertThat((starts.get(i) - starts.get(i - 1)) / 30.0).isBetween(1.95, 6.05);
        }
        int first = starts.getFirst();
        assertThat(life.eyes[first]).isEqualTo(Life.EYES_HALF);
        assertThat(life.eyes[first + 2]).isEqualTo(Life.EYES_CLOSED);
    }

    @Test
    void sameSeedSameLifeOtherSeedOtherBlinks() {
        assertThat(blinkStartFrames(life(7, Timeline.empty(), Timeline.empty())))
                .isEqualTo(blinkStartFrames(life(7, Timeline.empty(), Timeline.empty())))
                .isNotEqualTo(blinkStartFrames(life(8, Timeline.empty(), Timeline.empty())));
    }

    @Test
    void mouthFollowsTheVisemes() {
        Life life = life(1, Timeline.empty(), Timeline.empty());
        assertThat(life.mouth[15]).isEqualTo((byte) MouthShape.X.ordinal());
        assertThat(life.mouth[36]).isEqualTo((byte) MouthShape.D.ordinal());
    }

    @Test
    void browsLiftAtSentenceStartsAndStressedLongWords() {
        Timeline<Word> words = new Timeline<>(List.of(
                new Timed<>(500, 800, new Word("Hello.", 1)),
                new Timed<>(900, 1100, new Word("the", 1)),
                new Timed<>(3000, 3500, new Word("wonderful", 1)),
                new Timed<>(3600, 3700, new Word("a", 1)),
                new Timed<>(6000, 6400, new Word("plain", 1))));
        Timeline<Phoneme> phonemes = new Timeline<>(List.of(
                new Timed<>(3050, 3150, new Phoneme("V", Phoneme.Alphabet.SAMPA, true)),
                new Timed<>(6100, 6200, new Phoneme("EI", Phoneme.Alphabet.SAMPA, false))));
        Life life = life(1, words, phonemes);
        assertThat(life.brows[FORMAT.frameCount(550)]).isEqualTo(Life.BROWS_RAISED);
        assertThat(life.brows[FORMAT.frameCount(3100)]).isEqualTo(Life.BROWS_RAISED);
        assertThat(life.brows[FORMAT.frameCount(2000)]).isEqualTo(Life.BROWS_NORMAL);
        assertThat(life.brows[FORMAT.frameCount(6100)]).isEqualTo(Life.BROWS_NORMAL);
    }

    @Test
    void headMotionIsSubtle() {
        Life life = life(3, Timeline.empty(), Timeline.empty());
        int moves = 0;
        for (int f = 0; f < life.frames; f++) {
            assertThat(Math.abs(life.headDx[f])).isLessThanOrEqualTo(4);
            assertThat(life.bodyDy[f]).as("breathing never lifts the bust").isBetween((byte) 0, (byte) 4);
            if (f > 0 && life.headDx[f] != life.headDx[f - 1]) {
                moves++;
                assertThat(Math.abs(life.headDx[f] - life.headDx[f - 1])).isEqualTo(1);
            }
        }
        assertThat(moves).isPositive();
    }
}
