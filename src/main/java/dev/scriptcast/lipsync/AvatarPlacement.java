package dev.scriptcast.lipsync;

import dev.scriptcast.avatar.Placement;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;

/**
 * Where the lip-synced presenter stands: {@code avatar.position} and {@code avatar.scale}, with the same meaning
 * as for the drawn presenter ({@link Placement}), the picture's aspect kept.
 */
public record AvatarPlacement(String position, double scale) {

    public Rect place(VideoFormat format, int sourceWidth, int sourceHeight) {
        return Placement.box(Placement.defaultArea(format), position, scale, (double) sourceWidth / sourceHeight);
    }
}
