package dev.scriptcast.lipsync;

import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;

/**
 * Where the lip-synced presenter stands: {@code avatar.position} and {@code avatar.scale}. At scale 1 the
 * picture is two fifths of the frame height (three fifths for center), its aspect kept, standing on the bottom
 * edge with a margin of a twentieth of the width at the sides.
 */
public record AvatarPlacement(String position, double scale) {

    public Rect place(VideoFormat format, int sourceWidth, int sourceHeight) {
        double share = position.equals("center") ? 0.6 : 0.4;
        int h = even(Math.min(format.height(), format.height() * share * scale));
        int w = even(Math.min(format.width(), (double) h * sourceWidth / sourceHeight));
        h = even(Math.min(h, (double) w * sourceHeight / sourceWidth));
        int margin = format.width() / 20;
        int x = switch (position) {
            case "bottom-left", "left" -> margin;
            case "center" -> (format.width() - w) / 2;
            default -> format.width() - w - margin;
        };
        int y = position.equals("left") || position.equals("right") ? (format.height() - h) / 2 : format.height() - h;
        return new Rect(Math.max(0, x), Math.max(0, y), w, h);
    }

    private static int even(double v) {
        return Math.max(2, (int) v & ~1);
    }
}
