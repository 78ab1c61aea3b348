package dev.scriptcast.avatar;

import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.compose.BlendRuns;
import dev.scriptcast.compose.BoundedLayer;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.Sprite;
import dev.scriptcast.timeline.Timeline;
import java.util.List;

/**
 * An avatar made of pre-rendered parts. Each frame, every part shows one of its sprites, chosen and offset
 * by arrays computed when the rig was built, so drawing is a handful of blends and nothing else.
 */
public record Rig(String name, List<Part> parts, int frames, Rect avatarBox, Rect mouthBox,
        Timeline<MouthShape> visemes) implements AvatarLayer, BoundedLayer {

    /** A sprite at an absolute canvas position, with its runs for blending; a null sprite draws nothing. */
    public record Placed(Sprite sprite, int x, int y, BlendRuns runs) {
        public Placed(Sprite sprite, int x, int y) {
            this(sprite, x, y, sprite == null ? null : BlendRuns.of(sprite));
        }

        public Rect rect() {
            return new Rect(x, y, sprite.width(), sprite.height());
        }
    }

    /**
     * One part: {@code states[state[frame]]} drawn at its place moved by ({@code dx[frame]}, {@code dy[frame]}).
     * A null {@code state} means always state 0; null offsets mean no motion.
     */
    public record Part(Placed[] states, byte[] state, byte[] dx, byte[] dy) {
        public static Part still(Placed placed) {
            return new Part(new Placed[] {placed}, null, null, null);
        }

        void draw(int frame, Canvas canvas) {
            Placed placed = states[state == null ? 0 : state[frame]];
            if (placed == null || placed.sprite() == null) {
                return;
            }
            int ox = dx == null ? 0 : dx[frame];
            int oy = dy == null ? 0 : dy[frame];
            canvas.blend(placed.sprite(), placed.runs(), placed.x() + ox, placed.y() + oy);
        }
    }

    public Rig {
        parts = List.copyOf(parts);
        if (frames <= 0) {
            throw new IllegalArgumentException("a rig needs at least one frame");
        }
    }

    /** Every part's sprites moved as far as their offsets go: the rig never draws outside this. */
    @Override
    public Rect bounds() {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (Part part : parts) {
            int reachX = maxAbs(part.dx());
            int reachY = maxAbs(part.dy());
            for (Placed placed : part.states()) {
                if (placed != null && placed.sprite() != null) {
                    x0 = Math.min(x0, placed.x() - reachX);
                    y0 = Math.min(y0, placed.y() - reachY);
                    x1 = Math.max(x1, placed.x() + placed.sprite().width() + reachX);
                    y1 = Math.max(y1, placed.y() + placed.sprite().height() + reachY);
                }
            }
        }
        return x1 < x0 ? new Rect(0, 0, 0, 0) : new Rect(x0, y0, x1 - x0, y1 - y0);
    }

    private static int maxAbs(byte[] offsets) {
        int max = 0;
        for (int i = 0; offsets != null && i < offsets.length; i++) {
            max = Math.max(max, Math.abs(offsets[i]));
        }
        return max;
    }

    @Override
    public void draw(int frameIndex, Canvas canvas) {
        int frame = Math.clamp(frameIndex, 0, frames - 1);
        for (Part part : parts) {
            part.draw(frame, canvas);
        }
    }
}
