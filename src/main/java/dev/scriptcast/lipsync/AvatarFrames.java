package dev.scriptcast.lipsync;

import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.Sprite;

/**
 * Where the lip-synced face comes from: a still portrait or a looped clip, already scaled to the size the avatar
 * is shown at. The lip-sync producer asks for frames strictly in order from one thread.
 */
interface AvatarFrames extends AutoCloseable {

    /** One source frame, opaque, and the padded face box in its pixels. */
    record Frame(Sprite image, Rect face) {
    }

    int width();

    int height();

    /** True when every frame is the same: the face stack is prepared once and reused. */
    boolean still();

    Frame next();

    @Override
    void close();
}
