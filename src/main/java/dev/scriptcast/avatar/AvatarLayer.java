package dev.scriptcast.avatar;

import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.timeline.Timeline;

/** The avatar as a video layer, plus where it sits and what its mouth does, for the report. */
public interface AvatarLayer extends Layer {
    /** Where the avatar is drawn, in output pixels. */
    Rect avatarBox();

    /** Covers the whole mouth at its widest opening, wherever the head moves, in output pixels. */
    Rect mouthBox();

    /** The mouth shape track the layer animates. */
    Timeline<MouthShape> visemes();
}
