package dev.scriptcast.compose;

import java.util.Arrays;
import java.util.List;

import org.bytedeco.javacpp.BytePointer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionConversionTest {
    static final VideoFormat FMT = new VideoFormat(320, 180, 25);

    /** A still diagonal gradient, like the default background. */
    static StaticLayer gradient() {
        return new StaticLayer() {
            @Override
            public String name() {
                return "gradient";
            }

            @Override
            public void draw(int frameIndex, Canvas canvas) {
                for (int y = 0; y < canvas.height(); y++) {
                    for (int x = 0; x < canvas.width(); x++) {
                        canvas.argb()[y * canvas.width() + x] = 0xFF000000 | (x * 255 / 320) << 16 | (y * 255 / 180) << 8 | 90;
                    }
                }
            }
        };
    }

    /** A square that moves inside its bounds (odd coordinates on purpose). */
    static BoundedLayer mover(Rect bounds, int color) {
        return new BoundedLayer() {
            @Override
            public Rect bounds() {
                return bounds;
            }

            @Override
            public String name() {
                return "mover";
            }

            @Override
            public void draw(int frameIndex, Canvas canvas) {
                int side = bounds.h() / 2;
                int x = bounds.x() + frameIndex * 3 % (bounds.w() - side);
                int y = bounds.y() + frameIndex % (bounds.h() - side);
                for (int row = y; row < y + side; row++) {
                    Arrays.fill(canvas.argb(), row * canvas.width() + x, row * canvas.width() + x + side, color);
                }
            }
        };
    }

    @Test
    void convertingOnlyTheChangingRegionsGivesTheSameFrameAsConvertingAll() {
        List<Layer> layers = List.of(gradient(), mover(new Rect(31, 21, 81, 47), 0xFFFF2020),
                mover(new Rect(201, 101, 77, 55), 0xFF20FF60));
        Composition regions = Composition.of(FMT, layers);
        assertThat(regions.regions()).hasSize(2);

        try (YuvConverter conv = new YuvConverter(FMT.width(), FMT.height());
             BytePointer base = new BytePointer(YuvConverter.frameBytes(FMT.width(), FMT.height()));
             BytePointer partial = new BytePointer(YuvConverter.frameBytes(FMT.width(), FMT.height()));
             BytePointer whole = new BytePointer(YuvConverter.frameBytes(FMT.width(), FMT.height()))) {
            conv.convert(regions.base().argb(), base);
            Canvas reused = new Canvas(FMT.width(), FMT.height());
            Canvas fresh = new Canvas(FMT.width(), FMT.height());
            for (int frame = 0; frame < 12; frame++) {
                regions.draw(frame, reused);
                conv.convert(reused.argb(), partial, regions.regions(), base);
                fresh.fill(regions.base());
                for (Layer layer : regions.changing()) {
                    layer.draw(frame, fresh);
                }
                conv.convert(fresh.argb(), whole);
                byte[] a = new byte[(int) YuvConverter.frameBytes(FMT.width(), FMT.height())];
                byte[] b = new byte[a.length];
                partial.position(0).get(a);
                whole.position(0).get(b);
                int worst = 0;
                for (int i = 0; i < a.length; i++) {
                    worst = Math.max(worst, Math.abs((a[i] & 0xFF) - (b[i] & 0xFF)));
                }
                // Chroma at a region's edge is filtered without its outside neighbours: off by one at most.
                assertThat(worst).as("largest sample difference in frame %d", frame).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void anUnboundedChangingLayerMeansWholeFrames() {
        Layer plain = new Layer() {
            @Override
            public String name() {
                return "plain";
            }

            @Override
            public void draw(int frameIndex, Canvas canvas) {
            }
        };
        assertThat(Composition.of(FMT, List.of(gradient(), mover(new Rect(0, 0, 20, 20), -1), plain)).regions())
                .isNull();
    }
}
