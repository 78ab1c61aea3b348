package dev.scriptcast.avatar.presenter;

import dev.scriptcast.avatar.Avatars;
import dev.scriptcast.avatar.Life;
import dev.scriptcast.avatar.Rig;
import dev.scriptcast.avatar.Rig.Part;
import dev.scriptcast.avatar.Rig.Placed;
import dev.scriptcast.avatar.Sprites;
import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.speech.Word;
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

    /**
     * Every part of the presenter, drawn once at the output size and shared by the rigs of every segment: drawing
     * them is most of a rig's cost, and they depend on nothing but the look and the box.
     */
    public record Drawing(Rect box, Placed body, Placed head, Placed[] eyes, Placed[] brows, Placed[] mouths,
            Placed glasses) implements Avatars.Art {
        @Override
        public Rig animate(Timeline<MouthShape> visemes, Timeline<Word> words, Timeline<Phoneme> phonemes,
                VideoFormat format, long durationMs, long seed) {
            Life life = Life.of(format, durationMs, visemes, words, phonemes, seed, SWAY * box.h(),
                    BREATH * box.h());
            return build(this, life, visemes);
        }
    }

    /** Draws every part of {@code look} scaled to {@code box}. */
    public static Drawing draw(Look look, Rect box) {
        Placed[] eyes = new Placed[3];
        for (int lid = 0; lid < eyes.length; lid++) {
            int state = lid;
            eyes[lid] = draw(box, g -> PresenterArt.eyes(g, look, state));
        }
        Placed[] brows = {draw(box, g -> PresenterArt.brows(g, look, false)),
                draw(box, g -> PresenterArt.brows(g, look, true))};
        Placed[] mouths = new Placed[MouthShape.values().length];
        for (MouthShape shape : MouthShape.values()) {
            mouths[shape.ordinal()] = draw(box, g -> {
                g.translate(PresenterArt.MOUTH_X, PresenterArt.MOUTH_Y);
                MouthArt.draw(g, shape, look);
            });
        }
        return new Drawing(box, draw(box, g -> PresenterArt.body(g, look)), draw(box, g -> PresenterArt.head(g, look)),
                eyes, brows, mouths, look.glasses() ? draw(box, PresenterArt::glasses) : null);
    }

    /** The drawn parts animated by {@code life}. */
    private static Rig build(Drawing drawing, Life life, Timeline<MouthShape> visemes) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(new Placed[] {drawing.body()}, null, null, life.bodyDy));
        parts.add(new Part(new Placed[] {drawing.head()}, null, life.headDx, life.headDy));
        parts.add(new Part(drawing.eyes(), life.eyes, life.headDx, life.headDy));
        parts.add(new Part(drawing.brows(), life.brows, life.headDx, life.headDy));
        parts.add(new Part(drawing.mouths(), life.mouth, life.headDx, life.headDy));
        if (drawing.glasses() != null) {
            parts.add(new Part(new Placed[] {drawing.glasses()}, null, life.headDx, life.headDy));
        }
        Rect mouthBox = Sprites.moved(Sprites.union(drawing.mouths()), life.headDx, life.headDy);
        return new Rig("avatar", parts, life.frames, drawing.box(), mouthBox, visemes);
    }

    /** Draws one part in face units scaled to the box, antialiased at the output size, cropped to its pixels. */
    private static Placed draw(Rect box, Consumer<Graphics2D> painter) {
        return Sprites.paint(box, g -> {
            g.scale(box.h() / PresenterArt.HEIGHT, box.h() / PresenterArt.HEIGHT);
            painter.accept(g);
        });
    }
}
