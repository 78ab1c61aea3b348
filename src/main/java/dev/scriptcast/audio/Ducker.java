package dev.scriptcast.audio;

/**
 * Sidechain ducking: a per-sample music gain driven by the voice. Speech is detected in 10 ms frames
 * against the voice's own level; detection is held across the gaps between words and starts a little before
 * each onset, and the gain moves smoothly (fast attack, slow release) so the music does not pump.
 */
final class Ducker {
    static final double DUCK_DB = -15;
    private static final int FRAME_MS = 10;
    private static final int HOLD_MS = 600;
    private static final int LOOKAHEAD_MS = 80;
    private static final double ATTACK_MS = 25;
    private static final double RELEASE_MS = 250;
    private static final double RELATIVE_THRESHOLD_DB = -30;
    private static final double ABSOLUTE_THRESHOLD_DB = -55;

    private final boolean[] ducked;
    private final int frameSize;
    private final double attack;
    private final double release;
    private double db;
    private long sample;

    /** The music gain over a voice whose speech frames are {@code speech}, from its first sample on. */
    Ducker(boolean[] speech, int sampleRate) {
        ducked = ducked(speech);
        frameSize = sampleRate * FRAME_MS / 1000;
        attack = 1 - Math.exp(-1000.0 / (ATTACK_MS * sampleRate));
        release = 1 - Math.exp(-1000.0 / (RELEASE_MS * sampleRate));
        db = ducked.length > 0 && ducked[0] ? DUCK_DB : 0;
    }

    /** Which 10 ms frames of the voice carry speech (before hold and lookahead). */
    static boolean[] speechFrames(VoiceFrames voice) {
        double[] levelDb = new double[voice.count()];
        for (int f = 0; f < levelDb.length; f++) {
            levelDb[f] = voice.levelDb(f);
        }
        double[] sorted = levelDb.clone();
        java.util.Arrays.sort(sorted);
        double loud = sorted.length == 0 ? -120 : sorted[(int) (sorted.length * 0.95)];
        double threshold = Math.max(ABSOLUTE_THRESHOLD_DB, loud + RELATIVE_THRESHOLD_DB);
        boolean[] speech = new boolean[levelDb.length];
        for (int f = 0; f < speech.length; f++) {
            speech[f] = levelDb[f] > threshold;
        }
        return speech;
    }

    /** Music gain (linear) for the next sample of the voice. */
    float next() {
        double target = ducked[(int) (sample++ / frameSize)] ? DUCK_DB : 0;
        db += (target - db) * (target < db ? attack : release);
        return (float) Math.pow(10, db / 20);
    }

    private static boolean[] ducked(boolean[] speech) {
        boolean[] ducked = new boolean[speech.length];
        int holdFrames = HOLD_MS / FRAME_MS;
        int leadFrames = LOOKAHEAD_MS / FRAME_MS;
        int lastSpeech = Integer.MIN_VALUE / 2;
        for (int f = 0; f < speech.length; f++) {
            if (speech[f]) {
                lastSpeech = f;
            }
            ducked[f] = f - lastSpeech <= holdFrames;
        }
        for (int f = 0; f < speech.length; f++) {
            if (speech[f]) {
                for (int lead = Math.max(0, f - leadFrames); lead < f; lead++) {
                    ducked[lead] = true;
                }
            }
        }
        return ducked;
    }
}
