package dev.scriptcast.visual;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutTest {

    @ParameterizedTest
    @CsvSource({"1280,720", "1920,1080", "720,1280", "1080,1920", "1080,1080"})
    void enabledPartsStayInsideSafeMarginsAndClearOfEachOther(int w, int h) {
        VideoFormat fmt = new VideoFormat(w, h, 30);
        for (int flags = 0; flags < 12; flags++) {
            int presenters = flags % 3;
            boolean avatar = presenters > 0;
            boolean vis = (flags / 3 & 1) != 0;
            boolean cap = (flags / 3 & 2) != 0;
            Layout layout = Layout.forFormat(fmt, presenters, vis, cap);
            List<Rect> parts = new ArrayList<>();
            if (avatar) {
                parts.add(layout.avatar());
            }
            if (vis) {
                parts.add(layout.visualizer());
            }
            if (cap) {
                parts.add(layout.captions());
            }
            for (Rect r : parts) {
                boolean presenter = r == layout.avatar();
                assertThat(r.w()).as("%s in %dx%d", r, w, h).isGreaterThan(w / 5);
                assertThat(r.h()).isGreaterThan(h / 20);
                assertThat(r.x()).isGreaterThanOrEqualTo(w * 4 / 100);
                assertThat(r.y()).isGreaterThanOrEqualTo(h * 4 / 100);
                assertThat(r.x() + r.w()).isLessThanOrEqualTo(w - w * 4 / 100);
                assertThat(r.y() + r.h()).as("%s in %dx%d", r, w, h)
                        .isLessThanOrEqualTo(presenter ? h : h - h * 6 / 100);
            }
            if (avatar) {
                assertThat(layout.avatar().y() + layout.avatar().h()).as("presenter stands on the bottom edge")
                        .isEqualTo(h);
            }
            for (int i = 0; i < parts.size(); i++) {
                for (int j = i + 1; j < parts.size(); j++) {
                    assertThat(parts.get(i).intersects(parts.get(j)))
                            .as("%s vs %s in %dx%d flags %d", parts.get(i), parts.get(j), w, h, flags).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1280,720", "1920,1080"})
    void twoPresentersSideBySideGetAWiderAreaThanOne(int w, int h) {
        VideoFormat fmt = new VideoFormat(w, h, 30);
        for (boolean text : new boolean[] {false, true}) {
            Rect one = Layout.forFormat(fmt, 1, text, text).avatar();
            Rect two = Layout.forFormat(fmt, 2, text, text).avatar();
            assertThat(two.w()).as("with text %s", text).isGreaterThan(one.w() * 4 / 3);
        }
    }
}
