package dev.scriptcast.avatar;

import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.base.InputException;
import java.util.List;

/** Where in its area the avatar goes ({@code avatar.position}) and how much of it it fills ({@code avatar.scale}). */
public final class Placement {
    public static final List<String> POSITIONS = List.of("bottom-left", "bottom-right", "center", "left", "right");
    public static final double MIN_SCALE = 0.25;
    public static final double MAX_SCALE = 3.0;

    private Placement() {}

    /**
     * The band the avatar stands in when the layout gives none: the lower part of the frame, inside a small
     * margin, so every position keeps the presenter's shoulders on the bottom edge.
     */
    public static Rect defaultArea(VideoFormat format) {
        int w = format.width();
        int h = format.height();
        double band = format.portrait() ? 0.45 : w == h ? 0.6 : 0.7;
        int margin = (int) Math.round(w * 0.03);
        int top = (int) Math.round(h * (1 - band));
        return new Rect(margin, top, w - 2 * margin, h - top);
    }

    /**
     * The largest box of the given width/height ratio that fits {@code scale} × the area, placed by position
     * on the area's bottom edge: the avatar is a bust, so it never floats above the frame's edge.
     */
    public static Rect box(Rect area, String position, double scale, double aspect) {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new InputException("avatar.scale: " + scale + " is out of range (use " + MIN_SCALE + " to "
                    + MAX_SCALE + ", a fraction of the avatar area's height)");
        }
        double h = area.h() * scale;
        double w = h * aspect;
        if (w > area.w() * scale) {
            w = area.w() * scale;
            h = w / aspect;
        }
        int bw = Math.max(2, (int) Math.round(w));
        int bh = Math.max(2, (int) Math.round(h));
        int left = area.x();
        int right = area.x() + area.w() - bw;
        int bottom = area.y() + area.h() - bh;
        return switch (position.strip().toLowerCase()) {
            case "bottom-left", "left" -> new Rect(left, bottom, bw, bh);
            case "bottom-right", "right" -> new Rect(right, bottom, bw, bh);
            case "center", "centre" -> new Rect(area.x() + (area.w() - bw) / 2, bottom, bw, bh);
            default -> throw new InputException("avatar.position: unknown position '" + position + "' (use "
                    + String.join(", ", POSITIONS) + ")");
        };
    }
}
