package dev.scriptcast.pipeline;

import dev.scriptcast.avatar.AvatarLayer;
import dev.scriptcast.avatar.AvatarSettings;
import dev.scriptcast.avatar.Dialogue;
import dev.scriptcast.avatar.mouth.LipSync;
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

    static AvatarLayer of(Cast cast, AvatarSettings avatar, Segment segment, VideoFormat format, Rect area) {
        List<Dialogue.Performer> performers = new ArrayList<>();
        for (Cast.Member member : cast.members()) {
            String speaker = member.speaker().isEmpty() ? null : member.speaker();
            performers.add(new Dialogue.Performer(member.look(),
                    segment.phonemes(s -> Objects.equals(s.speaker(), speaker)),
                    new Timeline<>(segment.words().items().stream()
                            .filter(w -> Objects.equals(w.value().speaker(), speaker)).toList())));
        }
        return Dialogue.create(avatar, performers, segment.speakers().map(cast::indexOf),
                LipSync.visemes(segment.phonemes()), format, area);
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
