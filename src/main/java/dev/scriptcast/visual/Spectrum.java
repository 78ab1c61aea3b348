package dev.scriptcast.visual;

import org.jtransforms.fft.DoubleFFT_1D;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.compose.VideoFormat;

/**
 * Per-frame loudness of log-spaced frequency bands (0 = silent, 1 = loud), smoothed over time with a fast
 * attack and a slow decay so the picture follows speech without flickering. Computed once, up front, so
 * drawing a frame only reads numbers.
 */
record Spectrum(float[][] levels, int bands) {
    private static final double FLOOR_DB = -70;
    private static final double CEILING_DB = -18;
    private static final double ATTACK_PER_30FPS = 0.6;
    private static final double DECAY_PER_30FPS = 0.18;
    private static final float REST = 0.005f;

    float level(int frame, int band) {
        return levels[Math.min(frame, levels.length - 1)][band];
    }

    static Spectrum analyse(PcmAudio soundtrack, VideoFormat fmt, int bands) {
        PcmAudio audio = soundtrack.mono();
        int frames = Math.max(1, fmt.frameCount(audio.durationMs()));
        int n = Integer.highestOneBit((int) (audio.sampleRate() * 0.046)) * 2;
        double[] hann = new double[n];
        double windowSum = 0;
        for (int i = 0; i < n; i++) {
            hann[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
            windowSum += hann[i];
        }
        int[] edges = bandEdges(audio.sampleRate(), n, bands);
        DoubleFFT_1D fft = new DoubleFFT_1D(n);
        double attack = perFrame(ATTACK_PER_30FPS, fmt.fps());
        double decay = perFrame(DECAY_PER_30FPS, fmt.fps());
        float[][] levels = new float[frames][bands];
        double[] buf = new double[n];
        float[] samples = audio.samples();
        float[] previous = new float[bands];
        for (int f = 0; f < frames; f++) {
            long centre = (long) f * audio.sampleRate() / fmt.fps();
            for (int i = 0; i < n; i++) {
                long at = centre - n / 2 + i;
                buf[i] = at >= 0 && at < samples.length ? samples[(int) at] * hann[i] : 0;
            }
            fft.realForward(buf);
            for (int b = 0; b < bands; b++) {
                double target = loudness(buf, edges[b], edges[b + 1], windowSum);
                double prev = previous[b];
                double next = prev + (target - prev) * (target > prev ? attack : decay);
                previous[b] = next < REST ? 0 : (float) next;
            }
            levels[f] = previous.clone();
        }
        return new Spectrum(levels, bands);
    }

    /** Band b covers FFT bins [edges[b], edges[b+1]), log-spaced from 90 Hz to 7.5 kHz (or Nyquist). */
    private static int[] bandEdges(int sampleRate, int n, int bands) {
        double lo = 90;
        double hi = Math.min(7500, sampleRate / 2.0 * 0.95);
        int[] edges = new int[bands + 1];
        for (int b = 0; b <= bands; b++) {
            double hz = lo * Math.pow(hi / lo, (double) b / bands);
            edges[b] = (int) Math.round(hz * n / sampleRate);
        }
        for (int b = 1; b <= bands; b++) {
            edges[b] = Math.max(edges[b], edges[b - 1] + 1);
        }
        return edges;
    }

    private static double loudness(double[] packed, int from, int to, double windowSum) {
        double power = 0;
        for (int k = from; k < to; k++) {
            double re = packed[2 * k];
            double im = packed[2 * k + 1];
            power = Math.max(power, re * re + im * im);
        }
        double amplitude = 2 * Math.sqrt(power) / windowSum;
        double db = 20 * Math.log10(amplitude + 1e-12);
        return Math.clamp((db - FLOOR_DB) / (CEILING_DB - FLOOR_DB), 0, 1);
    }

    /** A smoothing coefficient tuned at 30 fps, adjusted so the motion takes the same time at any rate. */
    private static double perFrame(double at30, int fps) {
        return 1 - Math.pow(1 - at30, 30.0 / fps);
    }
}
