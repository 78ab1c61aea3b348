package dev.scriptcast.avatar.presenter;

import dev.scriptcast.avatar.Life;
import dev.scriptcast.avatar.Rig;
import dev.scriptcast.avatar.Rig.Part;
import dev.scriptcast.avatar.Rig.Placed;
import dev.scriptcast.avatar.Sprites;
import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.timeline.Timeline;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Builds the drawn presenter: every part drawn once at the output size, then animated by {@link Life}. */
public final class Presenter {
    /** Width over height of the presenter's box. */
    public static final double ASPECT = PresenterArt.WIDTH / PresenterArt.HEIGHT;
    /** Head sway and breathing, as fractions of the box height. */
    public static final double SWAY = 0.010;
    public static final double BREATH = 0.005;

    private Presenter() {}

    public static Rig build(Look look, Rect box, Life life, Timeline<MouthShape> visemes) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(new Placed[] {draw(box, g -> PresenterArt.body(g, look))}, null, null, life.bodyDy));
        parts.add(new Part(new Placed[] {draw(box, g -> PresenterArt.head(g, look))}, null, life.headDx, life.headDy));
        Placed[] eyes = new Placed[3];
        for (int lid = 0; lid < eyes.length; lid++) {
            int state = lid;
            eyes[lid] = draw(box, g -> PresenterArt.eyes(g, look, state));
        }
        parts.add(new Part(eyes, life.eyes, life.headDx, life.headDy));
        parts.add(new Part(new Placed[] {draw(box, g -> PresenterArt.brows(g, look, false)),
                draw(box, g -> PresenterArt.brows(g, look, true))}, life.brows, life.headDx, life.headDy));
        Placed[] mouths = new Placed[MouthShape.values().length];
        for (MouthShape shape : MouthShape.values()) {
            mouths[shape.ordinal()] = draw(box, g -> {
                g.translate(PresenterArt.MOUTH_X, PresenterArt.MOUTH_Y);
                MouthArt.draw(g, shape, look);
            });
        }
        parts.add(new Part(mouths, life.mouth, life.headDx, life.headDy));
        if (look.glasses()) {
            parts.add(new Part(new Placed[] {draw(box, PresenterArt::glasses)}, null, life.headDx, life.headDy));
        }
        Rect mouthBox = Sprites.moved(Sprites.union(mouths), life.headDx, life.headDy);
        return new Rig("avatar", parts, life.frames, box, mouthBox, visemes);
    }

    /** Draws one part in face units scaled to the box, antialiased at the output size, cropped to its pixels. */
    private static Placed draw(Rect box, Consumer<Graphics2D> painter) {
        return Sprites.paint(box, g -> {
            g.scale(box.h() / PresenterArt.HEIGHT, box.h() / PresenterArt.HEIGHT);
            painter.accept(g);
        });
    }
}
