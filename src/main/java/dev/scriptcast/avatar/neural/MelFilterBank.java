package dev.scriptcast.avatar.neural;

/** Triangular mel filters on the Slaney scale with Slaney area normalisation (librosa's default bank). */
final class MelFilterBank {
    private static final double F_SP = 200.0 / 3;
    private static final double MIN_LOG_HZ = 1000.0;
    private static final double MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
    private static final double LOG_STEP = Math.log(6.4) / 27.0;

    private MelFilterBank() {
    }

    /** Returns {@code mels} rows of {@code nFft/2 + 1} weights over the FFT bins. */
    static double[][] slaney(int sampleRate, int nFft, int mels, double fMinHz, double fMaxHz) {
        int bins = nFft / 2 + 1;
        double[] binHz = new double[bins];
        for (int k = 0; k < bins; k++) {
            binHz[k] = k * (sampleRate / 2.0) / (bins - 1);
        }
        double lo = hzToMel(fMinHz);
        double hi = hzToMel(fMaxHz);
        double[] edges = new double[mels + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = melToHz(lo + (hi - lo) * i / (mels + 1));
        }
        double[][] weights = new double[mels][bins];
        for (int m = 0; m < mels; m++) {
            double left = edges[m];
            double centre = edges[m + 1];
            double right = edges[m + 2];
            double area = 2.0 / (right - left);
            for (int k = 0; k < bins; k++) {
                double rising = (binHz[k] - left) / (centre - left);
                double falling = (right - binHz[k]) / (right - centre);
                weights[m][k] = Math.max(0, Math.min(rising, falling)) * area;
            }
        }
        return weights;
    }

    static double hzToMel(double hz) {
        return hz >= MIN_LOG_HZ ? MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOG_STEP : hz / F_SP;
    }

    static double melToHz(double mel) {
        return mel >= MIN_LOG_MEL ? MIN_LOG_HZ * Math.exp(LOG_STEP * (mel - MIN_LOG_MEL)) : mel * F_SP;
    }
}
