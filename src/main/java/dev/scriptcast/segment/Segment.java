package dev.scriptcast.segment;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of whole sentences (and pauses) that is composed and encoded on its own. Its soundtrack is padded with
 * silence to a whole number of frames, so every segment starts on a frame boundary and its picture depends only
 * on its own parts, never on what came before: an edit elsewhere moves it in time without changing it.
 */
public record Segment(int index, int startFrame, int frames, List<Part> parts) {
    public static final int SAMPLE_RATE = 48_000;

    public Segment {
        parts = List.copyOf(parts);
    }

    /** Samples of the padded soundtrack: the frames' duration, rounded to a whole sample. */
    public static long paddedSamples(int frames, VideoFormat fmt) {
        return Math.round(frames * (double) SAMPLE_RATE / fmt.fps());
    }

    /** Whole frames covering {@code samples}. */
    public static int framesFor(long samples, VideoFormat fmt) {
        return (int) Math.max(1, Math.ceilDiv(samples * fmt.fps(), SAMPLE_RATE));
    }

    public long startMs(VideoFormat fmt) {
        return startFrame * 1000L / fmt.fps();
    }

    public long endMs(VideoFormat fmt) {
        return (startFrame + frames) * 1000L / fmt.fps();
    }

    /** The segment's narration, silence-padded to its frames. */
    public PcmAudio audio(VideoFormat fmt) {
        float[] all = new float[Math.toIntExact(paddedSamples(frames, fmt))];
        int at = 0;
        for (Part part : parts) {
            if (part instanceof Part.Speech s) {
                System.arraycopy(s.audio(), 0, all, at, Math.min(s.audio().length, all.length - at));
            }
            at += (int) part.samples();
        }
        return new PcmAudio(all, SAMPLE_RATE);
    }

    /** Words with times from the segment's start. */
    public Timeline<Word> words() {
        List<Timed<Word>> out = new ArrayList<>();
        long at = 0;
        for (Part part : parts) {
            if (part instanceof Part.Speech s) {
                long offsetMs = at * 1000 / SAMPLE_RATE;
                s.words().items().forEach(w -> out.add(w.shiftedBy(offsetMs)));
            }
            at += part.samples();
        }
        return new Timeline<>(out);
    }

    /** Phonemes with times from the segment's start; a silence part is one silence phoneme. */
    public Timeline<Phoneme> phonemes() {
        return phonemes(s -> true);
    }

    /** Who speaks when, from the segment's start: each sentence's span and its speaker ("" for the narrator). */
    public Timeline<String> speakers() {
        List<Timed<String>> out = new ArrayList<>();
        long at = 0;
        for (Part part : parts) {
            if (part instanceof Part.Speech s) {
                out.add(new Timed<>(at * 1000 / SAMPLE_RATE, (at + s.samples()) * 1000 / SAMPLE_RATE,
                        s.speaker() == null ? "" : s.speaker()));
            }
            at += part.samples();
        }
        return new Timeline<>(out);
    }

    /**
     * Phonemes of the sentences {@code whose} accepts, with times from the segment's start; every other part,
     * another speaker's sentence included, is one silence phoneme.
     */
    public Timeline<Phoneme> phonemes(java.util.function.Predicate<Part.Speech> whose) {
        List<Timed<Phoneme>> out = new ArrayList<>();
        Phoneme.Alphabet alphabet = parts.stream().filter(p -> p instanceof Part.Speech s && !s.phonemes().isEmpty())
                .map(p -> ((Part.Speech) p).phonemes().get(0).value().alphabet()).findFirst()
                .orElse(Phoneme.Alphabet.SAMPA);
        long at = 0;
        for (Part part : parts) {
            long offsetMs = at * 1000 / SAMPLE_RATE;
            switch (part) {
                case Part.Speech s when whose.test(s) -> s.phonemes().items().forEach(p -> out.add(p.shiftedBy(offsetMs)));
                default -> out.add(new Timed<>(offsetMs, (at + part.samples()) * 1000 / SAMPLE_RATE,
                        new Phoneme("_", alphabet, false)));
            }
            at += part.samples();
        }
        out.sort(java.util.Comparator.comparingLong(Timed::startMs));
        return new Timeline<>(out);
    }
}
