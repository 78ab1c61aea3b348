package dev.scriptcast.avatar;

import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Everything about the avatar that changes per frame, decided once: mouth shape, blinks, brow lifts, head
 * sway and breathing. Seeded, so the same input renders the same video.
 */
public final class Life {
    public static final byte EYES_OPEN = 0;
    public static final byte EYES_HALF = 1;
    public static final byte EYES_CLOSED = 2;
    public static final byte BROWS_NORMAL = 0;
    public static final byte BROWS_RAISED = 1;

    private static final long MIN_BLINK_GAP_MS = 2000;
    private static final long MAX_BLINK_GAP_MS = 6000;
    private static final long BLINK_HALF_MS = 50;
    private static final long BLINK_CLOSED_MS = 80;
    private static final long BROW_LIFT_MS = 450;
    private static final long BROW_LEAD_MS = 80;
    private static final long MIN_BROW_GAP_MS = 2000;
    private static final int MIN_STRESSED_WORD_LETTERS = 5;

    public final int frames;
    public final byte[] mouth;
    public final byte[] eyes;
    public final byte[] brows;
    public final byte[] headDx;
    public final byte[] headDy;
    public final byte[] bodyDy;

    private Life(int frames) {
        this.frames = frames;
        mouth = new byte[frames];
        eyes = new byte[frames];
        brows = new byte[frames];
        headDx = new byte[frames];
        headDy = new byte[frames];
        bodyDy = new byte[frames];
    }

    /**
     * @param swayPx   largest sideways head offset in pixels
     * @param breathPx half the breathing travel in pixels (the bust moves down from its place and back)
     */
    public static Life of(VideoFormat format, long durationMs, Timeline<MouthShape> visemes, Timeline<Word> words,
            Timeline<Phoneme> phonemes, long seed, double swayPx, double breathPx) {
        Life life = new Life(Math.max(1, format.frameCount(durationMs)));
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> blinks = blinkStarts(durationMs, random);
        List<Long> lifts = browLifts(words, phonemes);
        double[] phase = {random.nextDouble(2 * Math.PI), random.nextDouble(2 * Math.PI),
                random.nextDouble(2 * Math.PI), random.nextDouble(2 * Math.PI)};
        for (int f = 0; f < life.frames; f++) {
            long t = format.timeMs(f);
            life.mouth[f] = (byte) visemes.at(t).map(Timed::value).orElse(MouthShape.X).ordinal();
            life.eyes[f] = eyeState(blinks, t);
            life.brows[f] = within(lifts, t + BROW_LEAD_MS, BROW_LIFT_MS) ? BROWS_RAISED : BROWS_NORMAL;
            double s = t / 1000.0;
            // Breathing only ever lowers the bust from its place on the bottom edge, so no gap opens under it.
            double breath = 1 + Math.sin(2 * Math.PI * s / 4.2 + phase[3]);
            double sway = 0.6 * Math.sin(2 * Math.PI * s / 6.7 + phase[0]) + 0.4 * Math.sin(2 * Math.PI * s / 2.9 + phase[1]);
            double nod = Math.sin(2 * Math.PI * s / 5.3 + phase[2]);
            life.headDx[f] = (byte) Math.round(swayPx * sway);
            life.headDy[f] = (byte) Math.round(0.5 * swayPx * nod + breathPx * breath);
            life.bodyDy[f] = (byte) Math.round(breathPx * breath);
        }
        return life;
    }

    private static List<Long> blinkStarts(long durationMs, SplittableRandom random) {
        List<Long> starts = new ArrayList<>();
        for (long t = random.nextLong(MIN_BLINK_GAP_MS / 2, MAX_BLINK_GAP_MS / 2); t < durationMs;
                t += random.nextLong(MIN_BLINK_GAP_MS, MAX_BLINK_GAP_MS + 1)) {
            starts.add(t);
        }
        return starts;
    }

    private static byte eyeState(List<Long> blinkStarts, long t) {
        for (long start : blinkStarts) {
            long into = t - start;
            if (into >= 0 && into < 2 * BLINK_HALF_MS + BLINK_CLOSED_MS) {
                return into < BLINK_HALF_MS || into >= BLINK_HALF_MS + BLINK_CLOSED_MS ? EYES_HALF : EYES_CLOSED;
            }
        }
        return EYES_OPEN;
    }

    /** Sentence starts and long stressed words, at most one lift every two seconds. */
    static List<Long> browLifts(Timeline<Word> words, Timeline<Phoneme> phonemes) {
        List<Long> lifts = new ArrayList<>();
        String previous = null;
        for (Timed<Word> word : words.items()) {
            String text = word.value().text().strip();
            boolean sentenceStart = previous == null || previous.matches(".*[.!?:][\"')\\]]*$");
            boolean stressed = text.replaceAll("[^\\p{L}]", "").length() >= MIN_STRESSED_WORD_LETTERS
                    && hasStress(phonemes, word);
            if ((sentenceStart || stressed) && (lifts.isEmpty() || word.startMs() - lifts.getLast() >= MIN_BROW_GAP_MS)) {
                lifts.add(word.startMs());
            }
            previous = text;
        }
        return lifts;
    }

    private static boolean hasStress(Timeline<Phoneme> phonemes, Timed<Word> word) {
        for (Timed<Phoneme> p : phonemes.items()) {
            if (p.startMs() >= word.endMs()) {
                break;
            }
            if (p.endMs() > word.startMs() && p.value().stressed()) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(List<Long> starts, long t, long lengthMs) {
        for (long start : starts) {
            if (t >= start && t < start + lengthMs) {
                return true;
            }
        }
        return false;
    }
}
