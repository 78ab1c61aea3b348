package dev.scriptcast.avatar;

import dev.scriptcast.compose.Rect;
import java.nio.file.Path;

/**
 * What the user asked of the avatar. {@code image} (nullable) selects the photo avatar over the drawn
 * presenter; {@code mouthOverride} (nullable) is the mouth rectangle in the image's own pixels.
 */
public record AvatarSettings(boolean enabled, String look, String position, double scale, Path image,
        Rect mouthOverride, long seed) {

    public static AvatarSettings defaults() {
        return new AvatarSettings(true, "aurora", "bottom-right", 1.0, null, null, 1L);
    }
}
