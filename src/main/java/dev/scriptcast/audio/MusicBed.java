package dev.scriptcast.audio;

/** Fits music to the narration: looped (with a short crossfade) or trimmed, then faded in and out. */
final class MusicBed {
    static final long FADE_IN_MS = 1500;
    static final long FADE_OUT_MS = 3000;
    private static final long LOOP_CROSSFADE_MS = 50;

    private MusicBed() {}

    static float[] fit(PcmAudio music, int length) {
        float[] source = music.samples();
        float[] bed = new float[length];
        int crossfade = (int) Math.min(source.length / 4, LOOP_CROSSFADE_MS * music.sampleRate() / 1000);
        int position = 0;
        while (position < length) {
            int start = position == 0 ? 0 : position - crossfade;
            for (int i = 0; i < source.length && start + i < length; i++) {
                float weight = position > 0 && i < crossfade ? (i + 0.5f) / crossfade : 1f;
                bed[start + i] = bed[start + i] * (1 - weight) + source[i] * weight;
            }
            position = start + source.length;
        }
        fade(bed, music.sampleRate());
        return bed;
    }

    private static void fade(float[] bed, int sampleRate) {
        int fadeIn = (int) Math.min(bed.length / 4, FADE_IN_MS * sampleRate / 1000);
        int fadeOut = (int) Math.min(bed.length / 4, FADE_OUT_MS * sampleRate / 1000);
        for (int i = 0; i < fadeIn; i++) {
            bed[i] *= (float) i / fadeIn;
        }
        for (int i = 0; i < fadeOut; i++) {
            bed[bed.length - 1 - i] *= (float) i / fadeOut;
        }
    }
}
