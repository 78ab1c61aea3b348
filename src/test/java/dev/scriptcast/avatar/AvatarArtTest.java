package dev.scriptcast.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.avatar.mouth.LipSync;
import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.avatar.photo.TestPortrait;
import dev.scriptcast.avatar.presenter.Presenter;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A render draws the avatar once and animates it in every segment: each segment's avatar must be the one it would
 * have been had it drawn its own, pixel for pixel, while the artwork itself is shared.
 */
class AvatarArtTest {
    private static final VideoFormat FORMAT = new VideoFormat(1280, 720, 30);
    private static final Rect AREA = new Rect(640, 0, 640, 720);

    /** "ba" said {@code times} times from {@code startMs}, then silence: two segments say it differently. */
    private static Timeline<Phoneme> speech(long startMs, int times) {
        List<Timed<Phoneme>> items = new ArrayList<>();
        items.add(new Timed<>(0, startMs, new Phoneme("_", Phoneme.Alphabet.SAMPA, false)));
        long t = startMs;
        for (int i = 0; i < times; i++) {
            items.add(new Timed<>(t, t + 80, new Phoneme("b", Phoneme.Alphabet.SAMPA, false)));
            items.add(new Timed<>(t + 80, t + 300, new Phoneme("A", Phoneme.Alphabet.SAMPA, true)));
            t += 300;
        }
        items.add(new Timed<>(t, t + 1200, new Phoneme("_", Phoneme.Alphabet.SAMPA, false)));
        return new Timeline<>(items);
    }

    private static int[] frame(AvatarLayer layer, int index) {
        Canvas canvas = new Canvas(FORMAT.width(), FORMAT.height());
        java.util.Arrays.fill(canvas.argb(), 0xFF204060);
        layer.draw(index, canvas);
        return canvas.argb();
    }

    private static void segmentsDrawAsIfEachDrewItsOwn(AvatarSettings settings) {
        Avatars.Art art = Avatars.art(settings, FORMAT, AREA);
        List<Timeline<Phoneme>> segments = List.of(speech(200, 3), speech(500, 6));
        List<AvatarLayer> shared = new ArrayList<>();
        for (Timeline<Phoneme> phonemes : segments) {
            AvatarLayer fromArt = Avatars.create(art, settings, phonemes, Timeline.empty(), FORMAT);
            AvatarLayer ownDrawing = Avatars.create(settings, phonemes, Timeline.empty(), FORMAT, AREA);
            assertThat(fromArt.avatarBox()).isEqualTo(ownDrawing.avatarBox());
            assertThat(fromArt.mouthBox()).isEqualTo(ownDrawing.mouthBox());
            for (int f = 0; f < FORMAT.frameCount(phonemes.endMs()); f += 7) {
                assertThat(frame(fromArt, f)).as("frame %d", f).isEqualTo(frame(ownDrawing, f));
            }
            shared.add(fromArt);
        }
        Rig first = (Rig) shared.get(0);
        Rig second = (Rig) shared.get(1);
        assertThat(second.parts().get(0).states()[0].sprite()).isSameAs(first.parts().get(0).states()[0].sprite());
        // at 1.2 s the first segment is silent and the second says "a"
        assertThat(frame(first, 36)).isNotEqualTo(frame(second, 36));
    }

    @Test
    void theDrawnPresenterIsDrawnOnceAndAnimatedPerSegment() {
        segmentsDrawAsIfEachDrewItsOwn(new AvatarSettings(true, "nova", "bottom-right", 1.0, null, null, 5));
    }

    @Test
    void aDialoguesPresentersAreDrawnOnceAndAnimatedPerSegment() {
        AvatarSettings settings = new AvatarSettings(true, "nova", "bottom-right", 1.0, null, null, 7);
        List<Presenter.Drawing> drawings = Dialogue.draw(settings, List.of("aurora", "sage"), FORMAT, AREA);
        for (long start : new long[] {200, 900}) {
            List<Dialogue.Performer> cast = List.of(
                    new Dialogue.Performer("aurora", speech(start, 3), Timeline.empty()),
                    new Dialogue.Performer("sage", speech(start + 1000, 2), Timeline.empty()));
            Timeline<Integer> turns = new Timeline<>(List.of(new Timed<>(start, start + 900, 0),
                    new Timed<>(start + 1000, start + 1600, 1)));
            Timeline<MouthShape> visemes = LipSync.visemes(speech(start, 3));
            AvatarLayer shared = Dialogue.create(settings, cast, drawings, turns, visemes, FORMAT);
            AvatarLayer own = Dialogue.create(settings, cast, turns, visemes, FORMAT, AREA);
            for (int f = 0; f < 90; f += 5) {
                assertThat(frame(shared, f)).as("frame %d", f).isEqualTo(frame(own, f));
            }
        }
    }

    @Test
    void thePhotoIsPreparedOnceAndAnimatedPerSegment() {
        segmentsDrawAsIfEachDrewItsOwn(new AvatarSettings(true, "aurora", "center", 1.0, TestPortrait.path(), null,
                3));
    }
}
