package dev.scriptcast.audio;

/** A running RMS level in dBFS (for balancing voice and music; loudness itself is measured by FFmpeg). */
final class RmsLevel {
    private double energy;
    private long count;

    void add(float sample) {
        energy += sample * (double) sample;
        count++;
    }

    double db() {
        return db(energy, count);
    }

    /** The level of {@code count} samples whose squares sum to {@code energy}; -120 for silence. */
    static double db(double energy, long count) {
        return count > 0 && energy > 0 ? 10 * Math.log10(energy / count) : -120;
    }
}
