package dev.scriptcast.avatar.presenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.avatar.AvatarLayer;
import dev.scriptcast.avatar.AvatarSettings;
import dev.scriptcast.avatar.Avatars;
import dev.scriptcast.avatar.Frames;
import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.base.InputException;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresenterTest {
    private static final VideoFormat FORMAT = new VideoFormat(1280, 720, 30);
    private static final Rect AREA = new Rect(760, 120, 520, 600);

    /** "bob" repeated, then a second and a half of silence. */
    private static Timeline<Phoneme> speech() {
        List<Timed<Phoneme>> items = new ArrayList<>();
        long t = 300;
        items.add(new Timed<>(0, t, new Phoneme("_", Phoneme.Alphabet.SAMPA, false)));
        for (int i = 0; i < 4; i++) {
            for (String[] p : new String[][] {{"b", "70"}, {"A", "180"}, {"b", "80"}, {"_", "60"}}) {
                long d = Long.parseLong(p[1]);
                items.add(new Timed<>(t, t + d, new Phoneme(p[0], Phoneme.Alphabet.SAMPA, p[0].equals("A"))));
                t += d;
            }
        }
        items.add(new Timed<>(t, t + 1500, new Phoneme("_", Phoneme.Alphabet.SAMPA, false)));
        return new Timeline<>(items);
    }

    private static AvatarLayer build(String look) {
        return Avatars.create(new AvatarSettings(true, look, "bottom-right", 1.0, null, null, 5), speech(),
                Timeline.empty(), FORMAT, AREA);
    }

    private static int frameShowing(AvatarLayer layer, MouthShape shape) {
        for (Timed<MouthShape> t : layer.visemes().items()) {
            if (t.value() == shape && t.durationMs() >= 70) {
                return FORMAT.frameCount(t.startMs() + 1);
            }
        }
        throw new AssertionError("no " + shape + " in " + layer.visemes());
    }

    @Test
    void everyLookOpensItsMouthInsideTheReportedMouthBox() {
        for (Look look : Look.ALL) {
            AvatarLayer layer = build(look.name());
            assertThat(Frames.contains(AREA, layer.avatarBox())).isTrue();
            int open = frameShowing(layer, MouthShape.D);
            int closed = frameShowing(layer, MouthShape.A);
            Canvas a = Frames.render(layer, open, FORMAT.width(), FORMAT.height());
            Canvas b = Frames.render(layer, closed, FORMAT.width(), FORMAT.height());
            assertThat(Frames.meanDiff(a, b, layer.mouthBox())).as(look.name()).isGreaterThan(20);
            assertThat(Frames.contains(layer.avatarBox(), layer.mouthBox())).isTrue();
        }
    }

    @Test
    void everyMouthShapeStaysInsideTheMouthBox() {
        AvatarLayer layer = build("sage");
        Canvas rest = Frames.render(layer, 0, FORMAT.width(), FORMAT.height());
        for (Timed<MouthShape> t : layer.visemes().items()) {
            int frame = FORMAT.frameCount(t.startMs());
            Canvas c = Frames.render(layer, frame, FORMAT.width(), FORMAT.height());
            Canvas again = Frames.render(layer, frame, FORMAT.width(), FORMAT.height());
            assertThat(c.argb()).isEqualTo(again.argb());
            Rect mouthOnly = mouthChange(layer, frame, rest);
            if (mouthOnly != null) {
                assertThat(Frames.contains(layer.mouthBox(), mouthOnly)).as("%s at %d", t.value(), frame).isTrue();
            }
        }
    }

    /** Pixels that change when only the mouth part moves (same head position and eyes as frame 0). */
    private static Rect mouthChange(AvatarLayer layer, int frame, Canvas rest) {
        var rig = (dev.scriptcast.avatar.Rig) layer;
        var mouthPart = rig.parts().get(4);
        Canvas c = new Canvas(FORMAT.width(), FORMAT.height());
        System.arraycopy(rest.argb(), 0, c.argb(), 0, c.argb().length);
        var placed = mouthPart.states()[mouthPart.state()[frame]];
        c.blend(placed.sprite(), placed.x() + mouthPart.dx()[0], placed.y() + mouthPart.dy()[0]);
        return Frames.changed(rest, c);
    }

    @Test
    void drawnAtTheOutputSizeSoBiggerVideosGetBiggerSharpPresenters() {
        AvatarLayer small = Avatars.create(new AvatarSettings(true, "nova", "center", 1.0, null, null, 5), speech(),
                Timeline.empty(), new VideoFormat(640, 360, 30), new Rect(0, 0, 640, 360));
        AvatarLayer large = Avatars.create(new AvatarSettings(true, "nova", "center", 1.0, null, null, 5), speech(),
                Timeline.empty(), new VideoFormat(1920, 1080, 30), new Rect(0, 0, 1920, 1080));
        assertThat(large.mouthBox().w()).isBetween(small.mouthBox().w() * 3 - 6, small.mouthBox().w() * 3 + 6);
    }

    @Test
    void unknownLookNamesTheKeyAndTheChoices() {
        assertThatThrownBy(() -> build("zorro")).isInstanceOf(InputException.class)
                .hasMessage("avatar.look: unknown look 'zorro' (choose aurora, sage, nova)");
    }
}
