package dev.scriptcast.speech;

import dev.scriptcast.audio.PcmAudio;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The median fundamental frequency of speech, from normalised autocorrelation over its loud, periodic frames. */
final class VoicePitch {
    private static final double MIN_HZ = 50;
    private static final double MAX_HZ = 400;
    private static final double VOICED_CORRELATION = 0.6;

    private VoicePitch() {}

    static double medianHz(PcmAudio speech) {
        float[] s = speech.mono().samples();
        int rate = speech.sampleRate();
        int frame = rate * 40 / 1000;
        int hop = rate / 100;
        double loudest = 0;
        for (int at = 0; at + frame <= s.length; at += hop) {
            loudest = Math.max(loudest, energy(s, at, 0, frame));
        }
        List<Double> pitches = new ArrayList<>();
        for (int at = 0; at + frame + rate / MIN_HZ <= s.length; at += hop) {
            double e0 = energy(s, at, 0, frame);
            if (e0 < loudest * 0.05) {
                continue;
            }
            double best = 0;
            int bestLag = 0;
            for (int lag = (int) (rate / MAX_HZ); lag <= rate / MIN_HZ; lag++) {
                double r = correlation(s, at, lag, frame) / Math.sqrt(e0 * energy(s, at, lag, frame));
                if (r > best) {
                    best = r;
                    bestLag = lag;
                }
            }
            if (best > VOICED_CORRELATION) {
                pitches.add((double) rate / bestLag);
            }
        }
        Collections.sort(pitches);
        return pitches.isEmpty() ? 0 : pitches.get(pitches.size() / 2);
    }

    private static double energy(float[] s, int at, int lag, int frame) {
        double sum = 0;
        for (int i = 0; i < frame; i++) {
            sum += (double) s[at + lag + i] * s[at + lag + i];
        }
        return sum;
    }

    private static double correlation(float[] s, int at, int lag, int frame) {
        double sum = 0;
        for (int i = 0; i < frame; i++) {
            sum += (double) s[at + i] * s[at + lag + i];
        }
        return sum;
    }
}
