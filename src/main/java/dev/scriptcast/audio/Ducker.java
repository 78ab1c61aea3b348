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

    private Ducker() {}

    /** Which 10 ms frames of the voice carry speech (before hold and lookahead). */
    static boolean[] speechFrames(PcmAudio voice) {
        int frameSize = voice.sampleRate() * FRAME_MS / 1000;
        int frames = (voice.samples().length + frameSize - 1) / frameSize;
        double[] levelDb = new double[frames];
        for (int f = 0; f < frames; f++) {
            levelDb[f] = Levels.rmsDb(voice.samples(), f * frameSize, Math.min(voice.samples().length, (f + 1) * frameSize));
        }
        double[] sorted = levelDb.clone();
        java.util.Arrays.sort(sorted);
        double loud = sorted.length == 0 ? -120 : sorted[(int) (sorted.length * 0.95)];
        double threshold = Math.max(ABSOLUTE_THRESHOLD_DB, loud + RELATIVE_THRESHOLD_DB);
        boolean[] speech = new boolean[frames];
        for (int f = 0; f < frames; f++) {
            speech[f] = levelDb[f] > threshold;
        }
        return speech;
    }

    /** Music gain (linear) for every sample of the voice. */
    static float[] gain(PcmAudio voice) {
        boolean[] speech = speechFrames(voice);
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
        int frameSize = voice.sampleRate() * FRAME_MS / 1000;
        double attack = 1 - Math.exp(-1000.0 / (ATTACK_MS * voice.sampleRate()));
        double release = 1 - Math.exp(-1000.0 / (RELEASE_MS * voice.sampleRate()));
        float[] gain = new float[voice.samples().length];
        double db = ducked.length > 0 && ducked[0] ? DUCK_DB : 0;
        for (int i = 0; i < gain.length; i++) {
            double target = ducked[i / frameSize] ? DUCK_DB : 0;
            db += (target - db) * (target < db ? attack : release);
            gain[i] = (float) Math.pow(10, db / 20);
        }
        return gain;
    }
}
