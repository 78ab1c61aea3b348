package dev.scriptcast.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import dev.scriptcast.visual.Layout;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The drawn presenter is a bust: in every frame its flat bottom stands on the frame's bottom edge. */
class BustOnTheEdgeTest {
    private static final VideoFormat FORMAT = new VideoFormat(640, 360, 25);
    private static final int BACKGROUND = 0xFF2E3A4F;

    private static AvatarLayer presenter(String position) {
        Timeline<Phoneme> silence = new Timeline<>(List.of(
                new Timed<>(0, 5000, new Phoneme("_", Phoneme.Alphabet.SAMPA, false))));
        Layout layout = Layout.forFormat(FORMAT, true, true, true).placedFor(position, FORMAT);
        AvatarSettings settings = new AvatarSettings(true, "aurora", position, 1.0, null, null, 1L);
        return Avatars.create(settings, silence, new Timeline<Word>(List.of()), FORMAT, layout.avatar());
    }

    @Test
    void everyPositionTouchesTheBottomEdgeInEveryFrame() {
        for (String position : Placement.POSITIONS) {
            AvatarLayer layer = presenter(position);
            for (int frame = 0; frame < 6 * FORMAT.fps(); frame += 2) {
                Canvas canvas = Frames.render(layer, frame, FORMAT.width(), FORMAT.height());
                int[] bottomRow = row(canvas, FORMAT.height() - 1);
                assertThat(bottomRow[1] - bottomRow[0])
                        .as("%s frame %d: bust width on the bottom row", position, frame).isGreaterThan(100);
            }
        }
    }

    @Test
    void centerPutsTheBustInTheMiddleOfTheFrame() {
        AvatarLayer layer = presenter("center");
        for (int frame = 0; frame < 3 * FORMAT.fps(); frame += 5) {
            int[] bottomRow = row(Frames.render(layer, frame, FORMAT.width(), FORMAT.height()), FORMAT.height() - 1);
            double middle = (bottomRow[0] + bottomRow[1]) / 2.0;
            assertThat(Math.abs(middle - FORMAT.width() / 2.0)).as("frame %d centre %s", frame, middle)
                    .isLessThanOrEqualTo(2.0);
        }
    }

    /** First and last x of non-background pixels in row {@code y}, or {-1, -1}. */
    private static int[] row(Canvas canvas, int y) {
        int first = -1;
        int last = -1;
        for (int x = 0; x < canvas.width(); x++) {
            if (canvas.argb()[y * canvas.width() + x] != BACKGROUND) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        return new int[] {first, last};
    }
}
