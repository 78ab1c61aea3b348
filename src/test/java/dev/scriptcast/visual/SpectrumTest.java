package dev.scriptcast.visual;

import org.junit.jupiter.api.Test;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.compose.VideoFormat;

import static org.assertj.core.api.Assertions.assertThat;

class SpectrumTest {
    static final VideoFormat FMT = new VideoFormat(320, 180, 30);

    @Test
    void silenceRestsAtZero() {
        Spectrum s = Spectrum.analyse(PcmAudio.silence(2000, 22_050), FMT, 16);
        for (float[] frame : s.levels()) {
            assertThat(frame).containsOnly(0f);
        }
    }

    @Test
    void aLowToneLightsLowBandsAndAHighToneHighBands() {
        int rate = 22_050;
        float[] low = new float[rate];
        float[] high = new float[rate];
        for (int i = 0; i < rate; i++) {
            low[i] = (float) (0.5 * Math.sin(2 * Math.PI * 150 * i / rate));
            high[i] = (float) (0.5 * Math.sin(2 * Math.PI * 5000 * i / rate));
        }
        Spectrum lows = Spectrum.analyse(new PcmAudio(low, rate), FMT, 16);
        Spectrum highs = Spectrum.analyse(new PcmAudio(high, rate), FMT, 16);
        int mid = 15;
        assertThat(lows.level(mid, 1)).isGreaterThan(0.8f);
        assertThat(lows.level(mid, 14)).isLessThan(0.3f);
        assertThat(highs.level(mid, 14)).isGreaterThan(0.8f);
        assertThat(highs.level(mid, 1)).isLessThan(0.3f);
    }

    @Test
    void levelsRiseQuicklyAndFallSlowly() {
        int rate = 16_000;
        float[] burst = new float[rate * 2];
        for (int i = rate / 2; i < rate; i++) {
            burst[i] = (float) (0.5 * Math.sin(2 * Math.PI * 300 * i / rate));
        }
        Spectrum s = Spectrum.analyse(new PcmAudio(burst, rate), FMT, 8);
        int band = 2;
        int onset = 15;
        int offset = 30;
        assertThat(s.level(onset + 3, band)).as("three frames after the onset").isGreaterThan(0.8f);
        assertThat(s.level(offset + 3, band)).as("three frames after the end, still fading")
                .isGreaterThan(0.2f).isLessThan(s.level(offset - 1, band));
        assertThat(s.level(59, band)).as("a second later, at rest").isZero();
    }
}
