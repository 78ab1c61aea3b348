package dev.scriptcast.telemetry;

import java.util.Map;

/** The facts a run recorded, one per kind; a kind the run did not record (no avatar, no lip-sync) is null. */
public record Facts(Fact.Audio audio, Fact.Video video, Fact.Background background, Fact.Layout layout,
        Fact.Avatar avatar, Fact.Encoder encoder, Fact.Composition composition, Fact.SpeechCache speechCache,
        Fact.LipSync lipSync, Fact.Segments segments, Fact.Notices notices, Fact.VoiceModel voiceModel) {

    static Facts of(Map<Class<? extends Fact>, Fact> recorded) {
        return new Facts(get(recorded, Fact.Audio.class), get(recorded, Fact.Video.class),
                get(recorded, Fact.Background.class), get(recorded, Fact.Layout.class),
                get(recorded, Fact.Avatar.class), get(recorded, Fact.Encoder.class),
                get(recorded, Fact.Composition.class), get(recorded, Fact.SpeechCache.class),
                get(recorded, Fact.LipSync.class), get(recorded, Fact.Segments.class),
                get(recorded, Fact.Notices.class), get(recorded, Fact.VoiceModel.class));
    }

    private static <T extends Fact> T get(Map<Class<? extends Fact>, Fact> recorded, Class<T> kind) {
        return kind.cast(recorded.get(kind));
    }
}
