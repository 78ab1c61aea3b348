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
     * Builds the avatar layer for a video of {@code format}, inside {@code area}. The caller decides whether
     * an avatar is wanted at all ({@link AvatarSettings#enabled()}).
     */
    public static AvatarLayer create(AvatarSettings settings, Timeline<Phoneme> phonemes, Timeline<Word> words,
            VideoFormat format, Rect area) {
        Timeline<MouthShape> visemes = LipSync.visemes(phonemes);
        long durationMs = Math.max(phonemes.endMs(), words.endMs()) + TAIL_MS;
        if (settings.image() != null) {
            return PhotoAvatar.build(settings, visemes, words, phonemes, format, area, durationMs);
        }
        Look look = Look.named(settings.look());
        Rect box = Placement.box(area, settings.position(), settings.scale(), Presenter.ASPECT);
        Life life = Life.of(format, durationMs, visemes, words, phonemes, settings.seed(),
                Presenter.SWAY * box.h(), Presenter.BREATH * box.h());
        return Presenter.build(look, box, life, visemes);
    }
}
