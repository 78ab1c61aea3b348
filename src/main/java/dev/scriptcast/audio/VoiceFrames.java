package dev.scriptcast.audio;

import java.io.IOException;

/**
 * The narration's energy (sum of squares) in 10 ms frames, from one pass over its file: all that speech
 * detection and levelling the voice need, at 100 values a second.
 */
record VoiceFrames(double[] energy, int frameSize, long samples) {
    private static final int CHUNK_FRAMES = 100;

    /** The frames of {@code voice} × {@code gain} (mono). */
    static VoiceFrames read(PcmFile voice, float gain) throws IOException {
        int frameSize = voice.sampleRate() / 100;
        double[] energy = new double[Math.toIntExact((voice.frames() + frameSize - 1) / frameSize)];
        float[] chunk = new float[frameSize * CHUNK_FRAMES];
        long at = 0;
        try (PcmFile.Reader in = voice.reader()) {
            for (int n; (n = in.read(chunk, 0, chunk.length)) > 0; at += n) {
                for (int i = 0; i < n; i++) {
                    float s = chunk[i] * gain;
                    energy[(int) ((at + i) / frameSize)] += s * (double) s;
                }
            }
        }
        return new VoiceFrames(energy, frameSize, at);
    }

    int count() {
        return energy.length;
    }

    double levelDb(int frame) {
        return RmsLevel.db(energy[frame], size(frame));
    }

    /** RMS over the given frames only (e.g. those with speech). */
    double rmsDb(boolean[] frames) {
        double sum = 0;
        long count = 0;
        for (int f = 0; f < frames.length; f++) {
            if (frames[f]) {
                sum += energy[f];
                count += size(f);
            }
        }
        return RmsLevel.db(sum, count);
    }

    private long size(int frame) {
        return Math.min(samples, (frame + 1L) * frameSize) - (long) frame * frameSize;
    }
}
