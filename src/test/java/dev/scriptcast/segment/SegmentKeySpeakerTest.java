package dev.scriptcast.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.speech.SpeechKey;
import dev.scriptcast.speech.VoiceSettings;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentKeySpeakerTest {
    private static final VoiceSettings ANA = new VoiceSettings("mary", "cmu-slt-hsmm", 1.0, 1.0, 1.0);
    private static final VoiceSettings BEN = new VoiceSettings("mary", "cmu-slt-hsmm", 1.2, 0.8, 1.0);

    private static Segment segment(VoiceSettings voice, String speaker) {
        Part.Speech speech = new Part.Speech(SpeechKey.of("mary", voice, "Hello."), new float[4800],
                Timeline.empty(), Timeline.empty(), speaker);
        return new Segment(0, 0, 3, List.of(speech, new Part.Silence(1200)));
    }

    private static String key(Segment segment) {
        return SegmentKey.of("look", segment, false);
    }

    @Test
    void aSentencesKeyChangesWithItsSpeakersVoiceAndWithItsSpeaker() {
        assertThat(key(segment(ANA, "ana"))).isNotEqualTo(key(segment(BEN, "ana")))
                .isNotEqualTo(key(segment(ANA, "ben")))
                .isEqualTo(key(segment(ANA, "ana")));
    }

    @Test
    void theNarratorsSegmentsKeepTheKeyTheyHadWithoutSpeakers() {
        Part.Speech plain = new Part.Speech(SpeechKey.of("mary", ANA, "Hello."), new float[4800], Timeline.empty(),
                Timeline.empty());
        assertThat(key(segment(ANA, null))).isEqualTo(key(new Segment(0, 0, 3, List.of(plain,
                new Part.Silence(1200)))));
    }

    @Test
    void phonemesOfOneSpeakerLeaveTheOthersSentencesSilent() {
        Timeline<Phoneme> aa = new Timeline<>(List.of(new Timed<>(0, 100, new Phoneme("A", Phoneme.Alphabet.SAMPA,
                true))));
        Segment segment = new Segment(0, 0, 6, List.of(
                new Part.Speech("a", new float[4800], Timeline.empty(), aa, "ana"),
                new Part.Speech("b", new float[4800], Timeline.empty(), aa, "ben")));

        Timeline<Phoneme> ana = segment.phonemes(s -> "ana".equals(s.speaker()));

        assertThat(ana.items()).extracting(t -> t.startMs() + ":" + t.value().symbol())
                .containsExactly("0:A", "100:_");
        assertThat(segment.speakers().items()).extracting(t -> t.startMs() + "-" + t.endMs() + ":" + t.value())
                .containsExactly("0-100:ana", "100-200:ben");
    }
}
