package dev.scriptcast.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.avatar.mouth.LipSync;
import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ana speaks from 0.3 s to 2.1 s, then Ben after a pause from 3.0 s to 4.8 s. */
class DialogueLayoutTest {
    private static final AvatarSettings SETTINGS = new AvatarSettings(true, "aurora", "bottom-right", 1.0, null,
            null, 7);
    private static final long ANA_START = 300;
    private static final long BEN_START = 3000;

    /** "bob" four times from {@code startMs}, silence around it up to 5.5 s. */
    private static Timeline<Phoneme> bob(long startMs) {
        List<Timed<Phoneme>> items = new ArrayList<>();
        items.add(new Timed<>(0, startMs, silence()));
        long t = startMs;
        for (int i = 0; i < 4; i++) {
            for (String[] p : new String[][] {{"b", "70"}, {"A", "180"}, {"b", "80"}, {"_", "120"}}) {
                long d = Long.parseLong(p[1]);
                items.add(new Timed<>(t, t + d, new Phoneme(p[0], Phoneme.Alphabet.SAMPA, p[0].equals("A"))));
                t += d;
            }
        }
        items.add(new Timed<>(t, 5500, silence()));
        return new Timeline<>(items);
    }

    private static Phoneme silence() {
        return new Phoneme("_", Phoneme.Alphabet.SAMPA, false);
    }

    private static Ensemble build(VideoFormat format, Rect area) {
        List<Dialogue.Performer> cast = List.of(new Dialogue.Performer("aurora", bob(ANA_START), Timeline.empty()),
                new Dialogue.Performer("sage", bob(BEN_START), Timeline.empty()));
        Timeline<Integer> turns = new Timeline<>(List.of(new Timed<>(ANA_START, 2100, 0),
                new Timed<>(BEN_START, 4800, 1)));
        return (Ensemble) Dialogue.create(SETTINGS, cast, turns, LipSync.visemes(bob(ANA_START)), format, area);
    }

    /** Mean change inside {@code r} from frame to frame over [fromMs, toMs). */
    private static double motion(Ensemble layer, VideoFormat f, Rect r, long fromMs, long toMs) {
        double sum = 0;
        int n = 0;
        Canvas previous = Frames.render(layer, f.frameCount(fromMs), f.width(), f.height());
        for (int frame = f.frameCount(fromMs) + 1; frame < f.frameCount(toMs); frame++) {
            Canvas next = Frames.render(layer, frame, f.width(), f.height());
            sum += Frames.meanDiff(previous, next, r);
            previous = next;
            n++;
        }
        return sum / n;
    }

    @Test
    void landscapeStandsThePresentersSideBySideInTheAvatarArea() {
        VideoFormat format = new VideoFormat(320, 180, 25);
        Rect area = new Rect(150, 14, 160, 166);
        Ensemble layer = build(format, area);

        Rect ana = layer.members().get(0).avatarBox();
        Rect ben = layer.members().get(1).avatarBox();
        assertThat(ana.x() + ana.w()).as("Ana stands left of Ben").isLessThanOrEqualTo(ben.x());
        assertThat(Frames.contains(area, ana) && Frames.contains(area, ben)).isTrue();
        assertThat(ana.y() + ana.h()).isEqualTo(ben.y() + ben.h()).isEqualTo(area.y() + area.h());
        assertThat(layer.shown()).isNull();
    }

    @Test
    void onlyTheSpeakersMouthMovesTheOtherRests() {
        VideoFormat format = new VideoFormat(320, 180, 25);
        Ensemble layer = build(format, new Rect(150, 14, 160, 166));
        Rig ana = layer.members().get(0);
        Rig ben = layer.members().get(1);

        for (long t = 0; t < 5500; t += 20) {
            Rig listener = t < 2500 ? ben : ana;
            assertThat(listener.visemes().at(t).map(Timed::value).orElse(MouthShape.X))
                    .as("the listener's mouth at %d ms", t).isEqualTo(MouthShape.X);
        }

        double anaTalking = motion(layer, format, ana.mouthBox(), ANA_START, 2100);
        double benDuringAna = motion(layer, format, ben.mouthBox(), ANA_START, 2100);
        double benTalking = motion(layer, format, ben.mouthBox(), BEN_START, 4800);
        double anaDuringBen = motion(layer, format, ana.mouthBox(), BEN_START, 4800);
        assertThat(anaTalking).as("Ana's mouth moves while she speaks")
                .isGreaterThan(3 * Math.max(benDuringAna, 0.05));
        assertThat(benTalking).as("Ben's mouth moves while he speaks")
                .isGreaterThan(3 * Math.max(anaDuringBen, 0.05));
    }

    @Test
    void theListenerStillBlinks() {
        VideoFormat format = new VideoFormat(320, 180, 25);
        Ensemble layer = build(format, new Rect(150, 14, 160, 166));
        Rig ben = layer.members().get(1);
        Rect benBox = ben.avatarBox();
        Canvas first = Frames.render(layer, 0, format.width(), format.height());
        boolean changed = false;
        for (int frame = 1; frame < format.frameCount(2100) && !changed; frame++) {
            changed = Frames.meanDiff(first, Frames.render(layer, frame, format.width(), format.height()), benBox) > 0;
        }
        assertThat(changed).as("Ben idles (sways, breathes, blinks) while Ana speaks").isTrue();
    }

    @Test
    void portraitShowsOnlyTheCurrentSpeakerWhoStaysOnThroughThePause() {
        VideoFormat format = new VideoFormat(180, 320, 25);
        Rect area = new Rect(20, 120, 140, 200);
        Ensemble layer = build(format, area);
        Rig ana = layer.members().get(0);
        Rig ben = layer.members().get(1);

        assertThat(ana.avatarBox()).isEqualTo(ben.avatarBox());
        int beforeAnyone = format.frameCount(100);
        int anaTalks = format.frameCount(1000);
        int pause = format.frameCount(2600);
        int benTalks = format.frameCount(4000);
        assertThat(layer.shown()[beforeAnyone]).isZero();
        assertThat(layer.shown()[anaTalks]).isZero();
        assertThat(layer.shown()[pause]).isZero();
        assertThat(layer.shown()[benTalks]).isOne();
        assertThat(Frames.render(layer, anaTalks, 180, 320).argb())
                .isEqualTo(Frames.render(ana, anaTalks, 180, 320).argb());
        assertThat(Frames.render(layer, benTalks, 180, 320).argb())
                .isEqualTo(Frames.render(ben, benTalks, 180, 320).argb());
    }
}
