package dev.scriptcast.audio;

/** RMS levels in dBFS (for balancing voice and music; loudness itself is measured by FFmpeg). */
final class Levels {
    private Levels() {}

    static double rmsDb(float[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += samples[i] * (double) samples[i];
        }
        return to > from && sum > 0 ? 10 * Math.log10(sum / (to - from)) : -120;
    }

    /** RMS over the given 10 ms frames only (e.g. those with speech). */
    static double rmsDb(float[] samples, int frameSize, boolean[] frames) {
        double sum = 0;
        long count = 0;
        for (int f = 0; f < frames.length; f++) {
            if (frames[f]) {
                for (int i = f * frameSize; i < Math.min(samples.length, (f + 1) * frameSize); i++) {
                    sum += samples[i] * (double) samples[i];
                    count++;
                }
            }
        }
        return count > 0 && sum > 0 ? 10 * Math.log10(sum / count) : -120;
    }
}
