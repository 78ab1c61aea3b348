package dev.scriptcast.avatar.neural;

import dev.scriptcast.avatar.Placement;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;

/**
 * Where the lip-synced presenter stands: {@code avatar.position} and {@code avatar.scale}, with the same meaning
 * as for the drawn presenter ({@link Placement}), inside the layout's avatar area, the picture's aspect kept.
 */
public record AvatarPlacement(String position, double scale, Rect area) {

    public Rect place(VideoFormat format, int sourceWidth, int sourceHeight) {
        Rect within = area != null ? area : Placement.defaultArea(format);
        return Placement.box(within, position, scale, (double) sourceWidth / sourceHeight);
    }
}
