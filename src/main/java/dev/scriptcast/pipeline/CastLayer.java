package dev.scriptcast.pipeline;

import dev.scriptcast.avatar.AvatarLayer;
import dev.scriptcast.avatar.AvatarSettings;
import dev.scriptcast.avatar.Dialogue;
import dev.scriptcast.avatar.mouth.LipSync;
import dev.scriptcast.avatar.presenter.Presenter;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.timeline.Timeline;
import dev.scriptcast.segment.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A segment's presenters from its own parts: each cast member with their own sentences' phonemes and words. */
final class CastLayer {
    private CastLayer() {}

    /** {@code drawings}: the cast's presenters, drawn once for the render by {@link #draw}. */
    static AvatarLayer of(Cast cast, AvatarSettings avatar, List<Presenter.Drawing> drawings, Segment segment,
            VideoFormat format) {
        List<Dialogue.Performer> performers = new ArrayList<>();
        for (Cast.Member member : cast.members()) {
            String speaker = member.speaker().isEmpty() ? null : member.speaker();
            performers.add(new Dialogue.Performer(member.look(),
                    segment.phonemes(s -> Objects.equals(s.speaker(), speaker)),
                    new Timeline<>(segment.words().items().stream()
                            .filter(w -> Objects.equals(w.value().speaker(), speaker)).toList())));
        }
        return Dialogue.create(avatar, performers, drawings, segment.speakers().map(cast::indexOf),
                LipSync.visemes(segment.phonemes()), format);
    }

    /** Every cast member's presenter, drawn once for all the segments of a video of {@code format}. */
    static List<Presenter.Drawing> draw(Cast cast, AvatarSettings avatar, VideoFormat format, Rect area) {
        return Dialogue.draw(avatar, cast.members().stream().map(Cast.Member::look).toList(), format, area);
    }

    /** The avatar settings of a cast of one: the speaker's look, or avatar.look for the narrator. */
    static AvatarSettings solo(Cast cast, AvatarSettings avatar) {
        if (cast.members().size() != 1 || cast.members().getFirst().speaker().isEmpty()) {
            return avatar;
        }
        return new AvatarSettings(avatar.enabled(), cast.members().getFirst().look(), avatar.position(),
                avatar.scale(), avatar.image(), avatar.mouthOverride(), avatar.seed());
    }
}
