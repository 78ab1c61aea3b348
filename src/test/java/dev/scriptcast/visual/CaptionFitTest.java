package dev.scriptcast.visual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Burned captions keep every word inside the caption box and do not leave a word alone on a line. */
class CaptionFitTest {
    private static final Rect BOX = new Rect(20, 280, 300, 60);

    @Test
    void aLongUrlIsBrokenSoNoTextIsCutAtTheBoxEdge() {
        String url = "https://example.org/a/very/long/path/that/goes/on-and-on/index.html";
        CaptionLayer layer = new CaptionLayer(CaptionLayerTest.words(0, 400, "Visit", url, "today."),
                CaptionLayerTest.FMT, BOX);

        for (int frame = 0; frame < 3 * CaptionLayerTest.FMT.fps(); frame++) {
            Canvas canvas = new Canvas(CaptionLayerTest.FMT.width(), CaptionLayerTest.FMT.height());
            layer.draw(frame, canvas);
            int[] box = extent(canvas, false);
            int[] text = extent(canvas, true);
            if (text != null) {
                assertThat(text[0] - box[0]).as("frame %d: text clear of the box's left edge", frame)
                        .isGreaterThanOrEqualTo(3);
                assertThat(box[1] - text[1]).as("frame %d: text clear of the box's right edge", frame)
                        .isGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void aTokenWiderThanTheBoxIsSplitAcrossPagesKeepingEveryCharacter() {
        String url = "https://example.org/a/very/long/path/that/goes/on-and-on/index.html";
        List<CaptionPages.Page> pages = CaptionPages.paginate(CaptionLayerTest.words(0, 400, "Visit", url, "today."),
                metrics(), 240);

        assertThat(String.join("", pages.stream().map(CaptionPages.Page::text).toList()).replace(" ", ""))
                .isEqualTo("Visit" + url + "today.");
        assertThat(pages).allSatisfy(p -> assertThat(metrics().stringWidth(p.text())).isLessThanOrEqualTo(240));
    }

    @Test
    void theLastLineOfASentenceIsNotOneWordAlone() {
        Timeline<Word> words = CaptionLayerTest.words(0, 250,
                "Captions", "that", "fill", "each", "line", "greedily", "leave", "one", "word", "behind.");
        FontMetrics m = metrics();
        int width = m.stringWidth("Captions that fill each line greedily leave one word");
        List<CaptionPages.Page> pages = CaptionPages.paginate(words, m, width);

        assertThat(pages).hasSize(2);
        assertThat(pages).allSatisfy(p -> assertThat(p.words()).hasSizeGreaterThan(2));
    }

    private static FontMetrics metrics() {
        return new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics()
                .getFontMetrics(CaptionLayer.captionFont(24));
    }

    /** Leftmost and rightmost x of drawn pixels (or of bright text pixels), or null when none. */
    private static int[] extent(Canvas canvas, boolean textOnly) {
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = 0; y < canvas.height(); y++) {
            for (int x = 0; x < canvas.width(); x++) {
                int p = canvas.argb()[y * canvas.width() + x];
                boolean drawn = p != 0;
                boolean bright = ((p >> 16) & 0xFF) > 150 && ((p >> 8) & 0xFF) > 150;
                if (textOnly ? bright : drawn) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return right < 0 ? null : new int[] {left, right};
    }

    @Test
    void theSpokenPauseAfterEgDoesNotEndALine() {
        Timeline<Word> words = new Timeline<>(List.of(
                new Timed<>(0, 300, new Word("Fruit,", 1)),
                new Timed<>(300, 900, new Word("e.g.", 1)),
                new Timed<>(1350, 1700, new Word("apples.", 1))));

        assertThat(CaptionPages.paginate(words, metrics(), 400)).hasSize(1);
    }
}
