package dev.scriptcast.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The layer stack of one video, with its static base (the leading {@link StaticLayer}s) pre-rendered once.
 * Drawing a frame is a copy of the base plus the changing layers on top. When every changing layer is a
 * {@link BoundedLayer}, {@code regions} lists the even-aligned rectangles they cover (merged where they
 * overlap) and only those are refreshed; otherwise {@code regions} is null and the whole frame is.
 */
record Composition(Sprite base, List<Layer> changing, List<Rect> regions) {
    /** Above this share of the frame, converting regions one by one saves nothing. */
    private static final double MAX_REGION_SHARE = 0.7;

    static Composition of(VideoFormat fmt, List<Layer> layers) {
        int staticCount = 0;
        while (staticCount < layers.size() && layers.get(staticCount) instanceof StaticLayer) {
            staticCount++;
        }
        Canvas canvas = new Canvas(fmt.width(), fmt.height());
        Arrays.fill(canvas.argb(), 0xFF000000);
        for (Layer layer : layers.subList(0, staticCount)) {
            layer.draw(0, canvas);
        }
        Sprite base = new Sprite(canvas.argb(), fmt.width(), fmt.height());
        List<Layer> changing = List.copyOf(layers.subList(staticCount, layers.size()));
        return new Composition(base, changing, regions(fmt, changing));
    }

    void draw(int frameIndex, Canvas canvas) {
        if (regions == null) {
            canvas.fill(base);
        } else {
            for (Rect r : regions) {
                for (int row = r.y(); row < r.y() + r.h(); row++) {
                    int at = row * canvas.width() + r.x();
                    System.arraycopy(base.argb(), at, canvas.argb(), at, r.w());
                }
            }
        }
        for (Layer layer : changing) {
            layer.draw(frameIndex, canvas);
        }
    }

    private static List<Rect> regions(VideoFormat fmt, List<Layer> changing) {
        List<Rect> rects = new ArrayList<>();
        for (Layer layer : changing) {
            if (!(layer instanceof BoundedLayer bounded)) {
                return null;
            }
            Rect r = evenClipped(bounded.bounds(), fmt);
            if (r.w() > 0 && r.h() > 0) {
                rects.add(r);
            }
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < rects.size() && !merged; i++) {
                for (int j = i + 1; j < rects.size() && !merged; j++) {
                    if (rects.get(i).intersects(rects.get(j))) {
                        rects.set(i, union(rects.get(i), rects.get(j)));
                        rects.remove(j);
                        merged = true;
                    }
                }
            }
        }
        long area = rects.stream().mapToLong(r -> (long) r.w() * r.h()).sum();
        return area > MAX_REGION_SHARE * fmt.width() * fmt.height() ? null : List.copyOf(rects);
    }

    /** Grown to even edges (4:2:0 chroma covers 2x2 pixels) and clipped to the frame. */
    private static Rect evenClipped(Rect r, VideoFormat fmt) {
        int x0 = Math.max(0, r.x() & ~1);
        int y0 = Math.max(0, r.y() & ~1);
        int x1 = Math.min(fmt.width(), (r.x() + r.w() + 1) & ~1);
        int y1 = Math.min(fmt.height(), (r.y() + r.h() + 1) & ~1);
        return new Rect(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }

    private static Rect union(Rect a, Rect b) {
        int x0 = Math.min(a.x(), b.x());
        int y0 = Math.min(a.y(), b.y());
        int x1 = Math.max(a.x() + a.w(), b.x() + b.w());
        int y1 = Math.max(a.y() + a.h(), b.y() + b.h());
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }
}
