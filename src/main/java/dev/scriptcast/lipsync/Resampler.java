package dev.scriptcast.lipsync;

/**
 * Band-limited resampling by a Blackman-windowed sinc, enough for the mel front-end (which looks at content
 * below 7.6 kHz) to see narration recorded at any rate as 16 kHz audio.
 */
final class Resampler {
    private static final int ZERO_CROSSINGS = 16;

    private Resampler() {
    }

    static float[] toRate(float[] in, int inRate, int outRate) {
        if (inRate == outRate) {
            return in;
        }
        double step = (double) inRate / outRate;
        // Below the output's Nyquist frequency, with a little room for the transition band.
        double cutoff = Math.min(1.0, (double) outRate / inRate) * 0.95;
        double halfWidth = ZERO_CROSSINGS / cutoff;
        int outLength = (int) ((long) in.length * outRate / inRate);
        float[] out = new float[outLength];
        for (int j = 0; j < outLength; j++) {
            double centre = j * step;
            int first = Math.max(0, (int) Math.ceil(centre - halfWidth));
            int last = Math.min(in.length - 1, (int) Math.floor(centre + halfWidth));
            double sum = 0;
            for (int n = first; n <= last; n++) {
                double d = n - centre;
                sum += in[n] * cutoff * sinc(cutoff * d) * blackman(d / halfWidth);
            }
            out[j] = (float) sum;
        }
        return out;
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    /** Blackman window over [-1, 1]. */
    private static double blackman(double u) {
        double a = Math.PI * (u + 1);
        return 0.42 - 0.5 * Math.cos(a) + 0.08 * Math.cos(2 * a);
    }
}
