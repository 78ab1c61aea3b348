package dev.scriptcast.avatar;

import dev.scriptcast.avatar.mouth.LipSync;
import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.avatar.presenter.Look;
import dev.scriptcast.avatar.presenter.Presenter;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The drawn presenters of a dialogue: one per speaker, each lip-synced to its own sentences only (the others'
 * are silence to it, so it blinks and breathes with its mouth at rest). Landscape and square frames stand them
 * side by side, each centred in an equal share of the avatar area; a portrait frame shows one at a time, the one
 * speaking, who stays on through the pauses until the next speaker starts.
 */
public final class Dialogue {
    private static final long TAIL_MS = 3000;

    /** One speaker on screen: the presenter's look, and the speaker's own phonemes and words. */
    public record Performer(String look, Timeline<Phoneme> phonemes, Timeline<Word> words) {}

    private Dialogue() {}

    /**
     * {@code turns}: the index of the performer speaking, per sentence; {@code visemes}: the whole dialogue's mouth
     * track, for the report.
     */
    public static AvatarLayer create(AvatarSettings settings, List<Performer> cast, Timeline<Integer> turns,
            Timeline<MouthShape> visemes, VideoFormat format, Rect area) {
        return create(settings, cast, draw(settings, cast.stream().map(Performer::look).toList(), format, area),
                turns, visemes, format);
    }

    /** Each performer's presenter, in cast order, drawn once for every segment of a video of {@code format}. */
    public static List<Presenter.Drawing> draw(AvatarSettings settings, List<String> looks, VideoFormat format,
            Rect area) {
        List<Presenter.Drawing> drawings = new ArrayList<>();
        for (int i = 0; i < looks.size(); i++) {
            Rect box = format.portrait() ? Placement.box(area, settings.position(), settings.scale(), Presenter.ASPECT)
                    : Placement.box(column(area, i, looks.size()), "center", settings.scale(), Presenter.ASPECT);
            drawings.add(Presenter.draw(Look.named(looks.get(i)), box));
        }
        return List.copyOf(drawings);
    }

    /** As above, animating {@code drawings} made by {@link #draw} for the same cast, settings, format and area. */
    public static AvatarLayer create(AvatarSettings settings, List<Performer> cast, List<Presenter.Drawing> drawings,
            Timeline<Integer> turns, Timeline<MouthShape> visemes, VideoFormat format) {
        long durationMs = cast.stream().mapToLong(p -> Math.max(p.phonemes().endMs(), p.words().endMs()))
                .max().orElse(0) + TAIL_MS;
        List<Rig> rigs = new ArrayList<>();
        for (int i = 0; i < cast.size(); i++) {
            Performer p = cast.get(i);
            rigs.add(drawings.get(i).animate(LipSync.visemes(p.phonemes()), p.words(), p.phonemes(), format,
                    durationMs, settings.seed() + i));
        }
        boolean alternate = format.portrait();
        return new Ensemble(rigs, alternate ? shown(turns, rigs.getFirst().frames(), format) : null, visemes);
    }

    /** The {@code i}-th of {@code n} equal columns of the area, full height. */
    static Rect column(Rect area, int i, int n) {
        int left = area.x() + area.w() * i / n;
        int right = area.x() + area.w() * (i + 1) / n;
        return new Rect(left, area.y(), right - left, area.h());
    }

    /** Per frame, who is on screen: the last to start speaking, else the first who will. */
    static byte[] shown(Timeline<Integer> turns, int frames, VideoFormat format) {
        byte[] shown = new byte[frames];
        List<Timed<Integer>> items = turns.items();
        int next = 0;
        byte current = items.isEmpty() ? 0 : items.getFirst().value().byteValue();
        for (int f = 0; f < frames; f++) {
            long t = format.timeMs(f);
            while (next < items.size() && items.get(next).startMs() <= t) {
                current = items.get(next++).value().byteValue();
            }
            shown[f] = current;
        }
        return shown;
    }
}
