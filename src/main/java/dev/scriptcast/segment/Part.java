package dev.scriptcast.segment;

import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timeline;

/** One piece of a segment's soundtrack at {@link Segment#SAMPLE_RATE}, mono: a spoken sentence or a silence. */
public sealed interface Part {
    /** Length in samples. */
    long samples();

    /**
     * A sentence as spoken: {@code key} names its speech (text, engine, voice, version) but not its place in the
     * script; times in the timelines are from the sentence's own start. Treat {@code audio} as read-only.
     * {@code speaker} is the declared speaker who says it, or null for the narrator.
     */
    record Speech(String key, float[] audio, Timeline<Word> words, Timeline<Phoneme> phonemes, String speaker)
            implements Part {
        public Speech(String key, float[] audio, Timeline<Word> words, Timeline<Phoneme> phonemes) {
            this(key, audio, words, phonemes, null);
        }

        @Override
        public long samples() {
            return audio.length;
        }
    }

    /** A pause: between sentences, between paragraphs, or a {@code [pause]} directive. */
    record Silence(long samples) implements Part {}
}
