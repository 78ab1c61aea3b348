package dev.scriptcast.avatar;

import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.compose.BoundedLayer;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.timeline.Timeline;
import java.util.List;

/**
 * Several presenters in one layer, for a dialogue: all of them side by side, or ({@code shown} not null) one at a
 * time, {@code shown[frame]} being the index of the one on screen.
 */
public record Ensemble(List<Rig> members, byte[] shown, Timeline<MouthShape> visemes) implements AvatarLayer,
        BoundedLayer {
    public Ensemble {
        members = List.copyOf(members);
    }

    @Override
    public void draw(int frameIndex, Canvas canvas) {
        if (shown == null) {
            members.forEach(m -> m.draw(frameIndex, canvas));
        } else {
            members.get(shown[Math.clamp(frameIndex, 0, shown.length - 1)]).draw(frameIndex, canvas);
        }
    }

    @Override
    public Rect bounds() {
        return union(members.stream().map(Rig::bounds).toList());
    }

    /** Every presenter's box together. */
    @Override
    public Rect avatarBox() {
        return union(members.stream().map(Rig::avatarBox).toList());
    }

    /** Every presenter's mouth box together. */
    @Override
    public Rect mouthBox() {
        return union(members.stream().map(Rig::mouthBox).toList());
    }

    @Override
    public String name() {
        return "avatar";
    }

    private static Rect union(List<Rect> rects) {
        int x0 = rects.stream().mapToInt(Rect::x).min().orElse(0);
        int y0 = rects.stream().mapToInt(Rect::y).min().orElse(0);
        int x1 = rects.stream().mapToInt(r -> r.x() + r.w()).max().orElse(0);
        int y1 = rects.stream().mapToInt(r -> r.y() + r.h()).max().orElse(0);
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }
}
