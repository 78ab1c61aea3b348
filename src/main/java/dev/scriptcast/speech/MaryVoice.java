package dev.scriptcast.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * A Mary voice as offered to users: an installed voice, possibly reshaped by Mary's own audio effects. The effects
 * change pitch and formants only, never durations, so the document's phone times still match the audio.
 *
 * @param name the name users configure
 * @param installed the installed Mary voice that speaks it
 * @param effects Mary's effects string, empty for the voice as installed
 */
record MaryVoice(String name, String installed, String effects) {
    private static final double SLT_MEAN_F0_HZ = 180;
    /** cmu-slt-hsmm about eight semitones lower with a longer vocal tract: a plausible deeper, male-sounding voice. */
    static final MaryVoice SLT_LOW = new MaryVoice(MaryEngine.LOW_VOICE, MaryEngine.DEFAULT_VOICE,
            effects(0.62, 0.85));
    private static final List<MaryVoice> DERIVED = List.of(SLT_LOW);

    /** The voice of that name: a derived one, or an installed voice as it is. */
    static MaryVoice named(String name) {
        return DERIVED.stream().filter(v -> v.name.equals(name)).findFirst()
                .orElseGet(() -> new MaryVoice(name, name, ""));
    }

    /** The installed voices followed by the voices derived from them. */
    static List<String> withDerived(List<String> installed) {
        List<String> names = new ArrayList<>(installed);
        DERIVED.stream().filter(v -> installed.contains(v.installed)).forEach(v -> names.add(v.name));
        return List.copyOf(names);
    }

    /**
     * Mary's F0Scale only scales the contour around its mean, so a mean shift (F0Add) is added to make the whole
     * contour {@code f0Ratio} times as high; the shift assumes cmu-slt's mean of about 180 Hz.
     */
    private static String effects(double f0Ratio, double tractRatio) {
        long shiftHz = Math.round(-(1 - f0Ratio) * SLT_MEAN_F0_HZ);
        return "F0Scale(f0Scale:" + f0Ratio + ";)+F0Add(f0Add:" + shiftHz + ".0;)+TractScaler(amount:" + tractRatio
                + ";)";
    }
}
