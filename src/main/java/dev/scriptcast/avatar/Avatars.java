package dev.scriptcast.avatar;

import dev.scriptcast.avatar.mouth.LipSync;
import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.avatar.photo.PhotoAvatar;
import dev.scriptcast.avatar.presenter.Look;
import dev.scriptcast.avatar.presenter.Presenter;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timeline;

/** The avatar stage: lip-sync the phonemes, then build the drawn presenter or the photo avatar. */
public final class Avatars {
    /** Frames past the last phoneme keep living (blinks, breathing) for this long before freezing. */
    private static final long TAIL_MS = 3000;

    private Avatars() {}

    /**
     * What the avatar looks like, made once per render and animated per segment: the drawn presenter's parts
     * ({@link Presenter.Drawing}) or the prepared photo ({@link PhotoAvatar.Portrait}).
     */
    public interface Art {
        /** A rig showing this art over {@code durationMs}, its mouth on {@code visemes}; {@code seed} varies blinks. */
        Rig animate(Timeline<MouthShape> visemes, Timeline<Word> words, Timeline<Phoneme> phonemes,
                VideoFormat format, long durationMs, long seed);
    }

    /** Draws the presenter, or prepares the photo, for a video of {@code format} inside {@code area}. */
    public static Art art(AvatarSettings settings, VideoFormat format, Rect area) {
        if (settings.image() != null) {
            return PhotoAvatar.prepare(settings, area);
        }
        Rect box = Placement.box(area, settings.position(), settings.scale(), Presenter.ASPECT);
        return Presenter.draw(Look.named(settings.look()), box);
    }

    /**
     * Builds the avatar layer for a video of {@code format}, inside {@code area}. The caller decides whether
     * an avatar is wanted at all ({@link AvatarSettings#enabled()}).
     */
    public static AvatarLayer create(AvatarSettings settings, Timeline<Phoneme> phonemes, Timeline<Word> words,
            VideoFormat format, Rect area) {
        return create(art(settings, format, area), settings, phonemes, words, format);
    }

    /** As above, animating {@code art} made by {@link #art} for the same settings, format and area. */
    public static AvatarLayer create(Art art, AvatarSettings settings, Timeline<Phoneme> phonemes,
            Timeline<Word> words, VideoFormat format) {
        long durationMs = Math.max(phonemes.endMs(), words.endMs()) + TAIL_MS;
        return art.animate(LipSync.visemes(phonemes), words, phonemes, format, durationMs, settings.seed());
    }
}
