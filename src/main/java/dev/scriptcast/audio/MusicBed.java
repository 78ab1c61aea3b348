package dev.scriptcast.audio;

/**
 * Fits music to the narration: looped (with a short crossfade) or trimmed, then faded in and out. Works on
 * whole sample frames, so stereo music stays interleaved.
 */
final class MusicBed {
    static final long FADE_IN_MS = 1500;
    static final long FADE_OUT_MS = 3000;
    private static final long LOOP_CROSSFADE_MS = 50;

    private MusicBed() {}

    /** The music fitted to {@code frames} samples per channel, in the music's channels. */
    static float[] fit(PcmAudio music, int frames) {
        int ch = music.channels();
        float[] source = music.samples();
        int sourceFrames = music.frames();
        float[] bed = new float[frames * ch];
        int crossfade = (int) Math.min(sourceFrames / 4, LOOP_CROSSFADE_MS * music.sampleRate() / 1000);
        int position = 0;
        while (position < frames) {
            int start = position == 0 ? 0 : position - crossfade;
            for (int i = 0; i < sourceFrames && start + i < frames; i++) {
                float weight = position > 0 && i < crossfade ? (i + 0.5f) / crossfade : 1f;
                for (int c = 0; c < ch; c++) {
                    int at = (start + i) * ch + c;
                    bed[at] = bed[at] * (1 - weight) + source[i * ch + c] * weight;
                }
            }
            position = start + sourceFrames;
        }
        fade(bed, frames, ch, music.sampleRate());
        return bed;
    }

    private static void fade(float[] bed, int frames, int ch, int sampleRate) {
        int fadeIn = (int) Math.min(frames / 4, FADE_IN_MS * sampleRate / 1000);
        int fadeOut = (int) Math.min(frames / 4, FADE_OUT_MS * sampleRate / 1000);
        for (int i = 0; i < fadeIn; i++) {
            for (int c = 0; c < ch; c++) {
                bed[i * ch + c] *= (float) i / fadeIn;
            }
        }
        for (int i = 0; i < fadeOut; i++) {
            for (int c = 0; c < ch; c++) {
                bed[(frames - 1 - i) * ch + c] *= (float) i / fadeOut;
            }
        }
    }
}
