package dev.scriptcast.avatar.neural;

import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.Sprite;

/**
 * Where the lip-synced face comes from: a still portrait or a looped clip, already scaled to the size the avatar
 * is shown at. The lip-sync producer asks for frames strictly in order from one thread.
 */
interface AvatarFrames extends AutoCloseable {

    /** One source frame, whether it has no transparent pixel (it is then copied, not blended), and the padded
     * face box in its pixels. */
    record Frame(Sprite image, boolean opaque, Rect face) {
        Frame(Sprite image, Rect face) {
            this(image, isOpaque(image), face);
        }

        private static boolean isOpaque(Sprite image) {
            for (int p : image.argb()) {
                if (p >>> 24 != 255) {
                    return false;
                }
            }
            return true;
        }
    }

    int width();

    int height();

    /** True when every frame is the same: the face stack is prepared once and reused. */
    boolean still();

    Frame next();

    @Override
    void close();
}
