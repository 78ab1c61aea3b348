package dev.scriptcast.visual;

import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;

/**
 * Where the avatar, the captions and the visualiser go, clear of each other and inside the safe margins.
 * Landscape puts the presenter on the right and the visualiser on the left above the captions; portrait
 * and square stack presenter, visualiser and captions, keeping the bottom free of a phone player's controls.
 * A part that is switched off gives its room to the others.
 */
public record Layout(Rect avatar, Rect captions, Rect visualizer) {

    public static Layout forFormat(VideoFormat fmt, boolean avatar, boolean visualizer, boolean captions) {
        return fmt.width() * 10 >= fmt.height() * 13
                ? landscape(fmt, avatar, visualizer, captions)
                : stacked(fmt, avatar, visualizer, captions);
    }

    private static Layout landscape(VideoFormat fmt, boolean avatar, boolean visualizer, boolean captions) {
        Frac f = new Frac(fmt);
        double bottom = captions ? 0.78 : 0.92;
        Rect cap = f.rect(0.06, 0.80, 0.94, 0.93);
        Rect ava = visualizer ? f.rect(0.60, 0.08, 0.95, bottom) : f.rect(0.30, 0.08, 0.70, bottom);
        Rect vis;
        if (avatar) {
            vis = f.rect(0.05, bottom - 0.26, 0.57, bottom - 0.02);
        } else {
            vis = f.rect(0.10, bottom - 0.30, 0.90, bottom - 0.02);
        }
        return new Layout(ava, cap, vis);
    }

    private static Layout stacked(VideoFormat fmt, boolean avatar, boolean visualizer, boolean captions) {
        Frac f = new Frac(fmt);
        boolean portrait = fmt.portrait();
        double capTop = portrait ? 0.70 : 0.76;
        double capBottom = portrait ? 0.82 : 0.90;
        double visHeight = portrait ? 0.12 : 0.17;
        double visBottom = captions ? capTop - 0.02 : capBottom;
        double avaBottom = visualizer ? visBottom - visHeight - 0.02 : visBottom;
        Rect cap = f.rect(0.07, capTop, 0.93, capBottom);
        Rect vis = f.rect(0.10, visBottom - visHeight, 0.90, visBottom);
        double avaTop = portrait ? 0.10 : 0.06;
        double avaHalfWidth = Math.min(0.42, (avaBottom - avaTop) * fmt.height() / fmt.width() * 0.45);
        Rect ava = f.rect(0.5 - avaHalfWidth, avaTop, 0.5 + avaHalfWidth, avaBottom);
        return new Layout(ava, cap, vis);
    }

    /** Rectangles from fractions of the frame, rounded to even pixels. */
    private record Frac(VideoFormat fmt) {
        Rect rect(double x0, double y0, double x1, double y1) {
            int left = even(x0 * fmt.width());
            int top = even(y0 * fmt.height());
            return new Rect(left, top, even(x1 * fmt.width()) - left, even(y1 * fmt.height()) - top);
        }

        private static int even(double v) {
            return (int) Math.round(v / 2) * 2;
        }
    }
}
