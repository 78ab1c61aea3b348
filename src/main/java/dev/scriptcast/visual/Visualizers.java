package dev.scriptcast.visual;

import java.awt.Color;
import java.util.List;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.base.InputException;

/** Builds the audio visualiser layer ({@code visualizer.style}: bars, wave or radial) from the final mix. */
public final class Visualizers {
    public static final List<String> STYLES = List.of("bars", "wave", "radial");
    public static final List<Color> DEFAULT_COLORS =
            List.of(new Color(0x4FC3F7), new Color(0xB388FF), new Color(0xFF80AB));

    private Visualizers() {}

    public static Layer create(String style, List<Color> colors, PcmAudio mix, VideoFormat fmt, Rect area) {
        String s = checkStyle(style);
        Palette palette = new Palette(colors == null || colors.isEmpty() ? DEFAULT_COLORS : colors);
        return switch (s) {
            case "bars" -> new BarsVisualizer(Spectrum.analyse(mix, fmt, 32), area, palette);
            case "wave" -> new WaveVisualizer(Spectrum.analyse(mix, fmt, 16), area, palette);
            default -> new RadialVisualizer(Spectrum.analyse(mix, fmt, 24), area, palette);
        };
    }

    /**
     * The visualiser for a stretch of narration, levelled on its own so its speech sits at
     * {@value #VOICE_RMS_DBFS} dBFS RMS whatever the final mix's loudness gain turns out to be.
     */
    public static Layer forVoice(String style, List<Color> colors, PcmAudio voice, VideoFormat fmt, Rect area) {
        return create(style, colors, levelled(voice), fmt, area);
    }

    /** About where speech sits in a mix normalised to -16 LUFS. */
    static final double VOICE_RMS_DBFS = -20;
    /** 10 ms windows quieter than this are pauses, left out of the level. */
    private static final double PAUSE_DBFS = -55;

    static PcmAudio levelled(PcmAudio voice) {
        float[] s = voice.samples();
        int window = Math.max(1, voice.sampleRate() / 100);
        double sum = 0;
        long count = 0;
        for (int from = 0; from < s.length; from += window) {
            int to = Math.min(s.length, from + window);
            double energy = 0;
            for (int i = from; i < to; i++) {
                energy += s[i] * (double) s[i];
            }
            if (10 * Math.log10(energy / (to - from) + 1e-30) > PAUSE_DBFS) {
                sum += energy;
                count += to - from;
            }
        }
        if (count == 0) {
            return voice;
        }
        float gain = (float) Math.pow(10, (VOICE_RMS_DBFS - 10 * Math.log10(sum / count)) / 20);
        float[] out = new float[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i] * gain;
        }
        return new PcmAudio(out, voice.sampleRate(), voice.channels());
    }

    /** The style in lower case, or an input error naming {@code visualizer.style}. */
    public static String checkStyle(String style) {
        String s = style == null ? "bars" : style.strip().toLowerCase(java.util.Locale.ROOT);
        if (!STYLES.contains(s)) {
            throw new InputException("visualizer.style: unknown style '" + style + "' (use bars, wave or radial)");
        }
        return s;
    }

    /** Parses "#RRGGBB" colours from config, naming the key on error. */
    public static List<Color> parseColors(List<String> hex, String key) {
        return hex.stream().map(h -> {
            if (h == null || !h.strip().matches("#[0-9a-fA-F]{6}")) {
                throw new InputException(key + ": unknown colour '" + h + "' (use #RRGGBB)");
            }
            return new Color(Integer.parseInt(h.strip().substring(1), 16));
        }).toList();
    }

    /** Colours spread evenly across [0, 1], interpolated between. */
    record Palette(List<Color> colors) {
        int argbAt(double t) {
            if (colors.size() == 1) {
                return 0xFF000000 | colors.getFirst().getRGB();
            }
            double pos = Math.clamp(t, 0, 1) * (colors.size() - 1);
            int i = Math.min((int) pos, colors.size() - 2);
            return Backgrounds.mix(colors.get(i).getRGB(), colors.get(i + 1).getRGB(), pos - i);
        }
    }
}
