package dev.scriptcast.avatar.mouth;

import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;

/** Hand-made phoneme timelines: {@code "_:300 b:70 A:150"} is symbol:durationMs, back to back from 0. */
final class Phones {
    private Phones() {}

    static Timeline<Phoneme> sampa(String spec) {
        return parse(spec, Phoneme.Alphabet.SAMPA);
    }

    static Timeline<Phoneme> ipa(String spec) {
        return parse(spec, Phoneme.Alphabet.IPA);
    }

    static Timeline<Phone> phones(String spec) {
        return LipSync.phones(sampa(spec));
    }

    static <T> Timeline<T> timeline(Object... startEndValue) {
        List<Timed<T>> items = new ArrayList<>();
        for (int i = 0; i < startEndValue.length; i += 3) {
            @SuppressWarnings("unchecked")
            T value = (T) startEndValue[i + 2];
            items.add(new Timed<>(((Number) startEndValue[i]).longValue(), ((Number) startEndValue[i + 1]).longValue(),
                    value));
        }
        return new Timeline<>(items);
    }

    private static Timeline<Phoneme> parse(String spec, Phoneme.Alphabet alphabet) {
        List<Timed<Phoneme>> items = new ArrayList<>();
        long t = 0;
        for (String token : spec.trim().split("\\s+")) {
            int colon = token.lastIndexOf(':');
            long duration = Long.parseLong(token.substring(colon + 1));
            items.add(new Timed<>(t, t + duration, new Phoneme(token.substring(0, colon), alphabet, false)));
            t += duration;
        }
        return new Timeline<>(items);
    }

    static MouthShape shapeAt(Timeline<MouthShape> shapes, long ms) {
        return shapes.at(ms).orElseThrow().value();
    }
}
