package dev.scriptcast.visual;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.EncodeSettings;
import dev.scriptcast.compose.FrameProgress;
import dev.scriptcast.compose.Mp4Probe;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.compose.VideoRenderer;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;

import static org.assertj.core.api.Assertions.assertThat;

class CaptionLayerTest {
    static final VideoFormat FMT = new VideoFormat(640, 360, 20);

    @TempDir
    Path dir;

    static Timeline<Word> words(long startMs, long eachMs, String... texts) {
        List<Timed<Word>> items = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            items.add(new Timed<>(startMs + i * eachMs, startMs + (i + 1) * eachMs, new Word(texts[i], 1)));
        }
        return new Timeline<>(items);
    }

    @Test
    void captionIsVisibleWhileWordsAreSpokenAndGoneAfterwards() throws Exception {
        Layout layout = Layout.forFormat(FMT, false, false, true);
        Rect box = layout.captions();
        Timeline<Word> words = words(500, 300, "Welcome", "to", "the", "show");
        Path out = dir.resolve("captions.mp4");
        VideoRenderer.render(FMT, List.of(Backgrounds.create("#305070", FMT), new CaptionLayer(words, FMT, box)),
                PcmAudio.silence(3500, 16_000), new EncodeSettings("libx264", "veryfast", 18, null), out,
                FrameProgress.NONE);

        List<BufferedImage> frames = Mp4Probe.of(out).frames();
        assertThat(changedPixels(frames.get(4), box)).as("before speech").isZero();
        int firstWord = changedPixels(frames.get(13), box);
        assertThat(firstWord).as("while 'Welcome' is spoken").isGreaterThan(box.w() * box.h() / 5);
        assertThat(changedPixels(frames.get(3 * 20), box)).as("after the hold").isZero();
        assertThat(highlightPixels(frames.get(13), box)).as("current word highlighted").isGreaterThan(50);
    }

    @Test
    void highlightMovesFromWordToWord() {
        Rect box = new Rect(20, 280, 600, 60);
        CaptionLayer layer = new CaptionLayer(words(0, 500, "one", "two", "three"), FMT, box);
        int[] first = drawnAt(layer, 5);
        int[] second = drawnAt(layer, 15);
        assertThat(first).isNotEqualTo(second);
        assertThat(layer.pageCount()).isEqualTo(1);
        int[] one = highlightedColumns(first);
        int[] three = highlightedColumns(drawnAt(layer, 25));
        assertThat(one[1]).as("only the first word is highlighted, and the third lies right of it")
                .isLessThan(three[0]);
        assertThat(highlightedColumns(second)[0]).isGreaterThan(one[1]).isLessThan(three[0]);
    }

    /** The first and last columns holding highlight-coloured pixels. */
    static int[] highlightedColumns(int[] argb) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            if (((p >>> 24) & 0xFF) > 200 && ((p >> 16) & 0xFF) > 200 && ((p >> 8) & 0xFF) > 170 && (p & 0xFF) < 140) {
                min = Math.min(min, i % FMT.width());
                max = Math.max(max, i % FMT.width());
            }
        }
        assertThat(max).as("some word is highlighted").isNotNegative();
        return new int[] {min, max};
    }

    @Test
    void longSpeechIsSplitIntoLinesThatFitTheBox() {
        Rect box = new Rect(20, 280, 300, 60);
        String[] many = "this is a much longer sentence than a single caption line can hold at once".split(" ");
        CaptionLayer layer = new CaptionLayer(words(0, 250, many), FMT, box);
        assertThat(layer.pageCount()).isGreaterThan(2);
        for (int f = 0; f < many.length * 5; f++) {
            Canvas c = new Canvas(FMT.width(), FMT.height());
            layer.draw(f, c);
            for (int y = 0; y < FMT.height(); y++) {
                for (int x = 0; x < FMT.width(); x++) {
                    boolean inside = x >= box.x() && x < box.x() + box.w() && y >= box.y() && y < box.y() + box.h();
                    if (!inside) {
                        assertThat(c.argb()[y * FMT.width() + x]).isZero();
                    }
                }
            }
        }
    }

    static int[] drawnAt(CaptionLayer layer, int frame) {
        Canvas c = new Canvas(FMT.width(), FMT.height());
        layer.draw(frame, c);
        return c.argb();
    }

    static int changedPixels(BufferedImage img, Rect r) {
        int n = 0;
        for (int y = r.y(); y < r.y() + r.h(); y++) {
            for (int x = r.x(); x < r.x() + r.w(); x++) {
                int[] p = Mp4Probe.rgb(img, x, y);
                n += Math.abs(p[0] - 0x30) + Math.abs(p[1] - 0x50) + Math.abs(p[2] - 0x70) > 24 ? 1 : 0;
            }
        }
        return n;
    }

    static int highlightPixels(BufferedImage img, Rect r) {
        int n = 0;
        for (int y = r.y(); y < r.y() + r.h(); y++) {
            for (int x = r.x(); x < r.x() + r.w(); x++) {
                int[] p = Mp4Probe.rgb(img, x, y);
                n += p[0] > 200 && p[1] > 170 && p[2] < 140 ? 1 : 0;
            }
        }
        return n;
    }
}
