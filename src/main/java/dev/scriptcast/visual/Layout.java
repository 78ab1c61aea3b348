package dev.scriptcast.visual;

import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import java.util.Locale;

/**
 * Where the avatar, the captions and the visualiser go, clear of each other. Captions and visualiser keep
 * inside safe margins; the presenter is a bust standing on the bottom edge. Landscape puts the presenter on
 * the right with visualiser and captions on the left; portrait and square stack visualiser and captions
 * above the presenter, leaving the bottom corners to a phone player's controls. A part that is switched off
 * gives its room to the others.
 */
public record Layout(Rect avatar, Rect captions, Rect visualizer) {

    /** The same layout flipped left to right, for a presenter who stands on the left. */
    public Layout mirrored(VideoFormat fmt) {
        return new Layout(flip(avatar, fmt), flip(captions, fmt), flip(visualizer, fmt));
    }

    /**
     * The layout for {@code avatar.position}: mirrored for a presenter on the left, the presenter's area
     * centred on the frame for {@code center}, else as it is.
     */
    public Layout placedFor(String position, VideoFormat fmt) {
        String p = position.strip().toLowerCase(Locale.ROOT);
        if (p.endsWith("left")) {
            return mirrored(fmt);
        }
        if ((p.equals("center") || p.equals("centre")) && avatar != null) {
            return new Layout(new Rect((fmt.width() - avatar.w()) / 2, avatar.y(), avatar.w(), avatar.h()),
                    captions, visualizer);
        }
        return this;
    }

    private static Rect flip(Rect r, VideoFormat fmt) {
        return r == null ? null : new Rect(fmt.width() - r.x() - r.w(), r.y(), r.w(), r.h());
    }

    public static Layout forFormat(VideoFormat fmt, boolean avatar, boolean visualizer, boolean captions) {
        return forFormat(fmt, avatar ? 1 : 0, visualizer, captions);
    }

    /**
     * As above for {@code presenters} presenters side by side: in a landscape frame two or more get a wider area
     * (most of the frame's right part), the text and bars the narrower left part.
     */
    public static Layout forFormat(VideoFormat fmt, int presenters, boolean visualizer, boolean captions) {
        boolean avatar = presenters > 0;
        return fmt.width() * 10 >= fmt.height() * 13
                ? landscape(fmt, presenters, visualizer, captions)
                : stacked(fmt, avatar, visualizer, captions);
    }

    private static Layout landscape(VideoFormat fmt, int presenters, boolean visualizer, boolean captions) {
        Frac f = new Frac(fmt);
        boolean avatar = presenters > 0;
        boolean several = presenters > 1;
        double textRight = several ? 0.42 : avatar ? 0.57 : 0.94;
        double textLeft = avatar ? 0.05 : 0.06;
        Rect cap = f.rect(textLeft, 0.80, textRight, 0.93);
        double visBottom = captions ? 0.76 : 0.90;
        Rect vis = f.rect(avatar ? 0.05 : 0.10, visBottom - 0.26, avatar ? textRight : 0.90, visBottom);
        Rect ava = visualizer || captions
                ? f.rect(several ? 0.45 : 0.60, 0.08, 0.96, 1.0)
                : f.rect(several ? 0.08 : 0.25, 0.08, several ? 0.92 : 0.75, 1.0);
        return new Layout(ava, cap, vis);
    }

    private static Layout stacked(VideoFormat fmt, boolean avatar, boolean visualizer, boolean captions) {
        Frac f = new Frac(fmt);
        boolean portrait = fmt.portrait();
        double top = portrait ? 0.10 : 0.06;
        double visHeight = portrait ? 0.12 : 0.15;
        double capHeight = portrait ? 0.10 : 0.12;
        Rect vis = f.rect(0.10, top, 0.90, top + visHeight);
        double capTop = visualizer ? top + visHeight + 0.03 : top;
        Rect cap = f.rect(0.07, capTop, 0.93, capTop + capHeight);
        if (!avatar) {
            double middle = portrait ? 0.40 : 0.35;
            vis = f.rect(0.10, middle, 0.90, middle + visHeight * 1.6);
            cap = f.rect(0.07, portrait ? 0.72 : 0.78, 0.93, (portrait ? 0.72 : 0.78) + capHeight);
        }
        double avaTop = (captions ? capTop + capHeight : visualizer ? top + visHeight : top) + 0.03;
        double avaHalfWidth = Math.min(0.45, (1.0 - avaTop) * fmt.height() / fmt.width() * 0.42);
        Rect ava = f.rect(0.5 - avaHalfWidth, avaTop, 0.5 + avaHalfWidth, 1.0);
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
