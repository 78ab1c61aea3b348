package dev.scriptcast.avatar.mouth;

import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;

/** Phoneme timeline → mouth shapes, by running the passes in order. */
public final class LipSync {
    private LipSync() {}

    public static Timeline<MouthShape> visemes(Timeline<Phoneme> phonemes) {
        Timeline<ShapeRule> rules = ShapeRules.apply(phones(phonemes));
        Timeline<MouthShape> rough = StaticSegments.apply(rules, RoughAnimation::apply);
        return Tweening.apply(PauseAnimation.apply(TimingOptimization.apply(rough)));
    }

    /** Phones from time 0 with every gap filled by silence, as the passes expect. */
    static Timeline<Phone> phones(Timeline<Phoneme> phonemes) {
        List<Timed<Phone>> out = new ArrayList<>();
        long cursor = 0;
        for (Timed<Phoneme> p : phonemes.items()) {
            long start = Math.max(cursor, p.startMs());
            if (p.endMs() <= start) {
                continue;
            }
            if (start > cursor) {
                out.add(new Timed<>(cursor, start, Phone.SILENCE));
            }
            out.add(new Timed<>(start, p.endMs(), PhoneMapper.toPhone(p.value())));
            cursor = p.endMs();
        }
        return new Timeline<>(out);
    }
}
