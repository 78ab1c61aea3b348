package dev.scriptcast.visual;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.compose.EncodeSettings;
import dev.scriptcast.compose.FrameProgress;
import dev.scriptcast.compose.Mp4Probe;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.compose.VideoRenderer;
import dev.scriptcast.base.InputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisualizersTest {
    static final VideoFormat FMT = new VideoFormat(320, 180, 20);
    static final Rect AREA = new Rect(40, 40, 240, 100);

    @TempDir
    Path dir;

    /** 1 s silence, 1.5 s of a gliding voiced buzz with noise in syllable-like bursts, 1.5 s silence. */
    static PcmAudio silenceSoundSilence() {
        int rate = 16_000;
        float[] s = new float[rate * 4];
        Random noise = new Random(7);
        for (int i = rate; i < rate * 5 / 2; i++) {
            double t = i / (double) rate;
            double syllables = 0.5 + 0.5 * Math.sin(2 * Math.PI * 3 * t);
            double pitchPhase = 2 * Math.PI * (120 * t + 20 * t * t);
            double buzz = 0;
            for (int h = 1; h <= 20; h++) {
                buzz += Math.sin(h * pitchPhase) / h;
            }
            s[i] = (float) (syllables * (0.25 * buzz + 0.05 * noise.nextGaussian()));
        }
        return new PcmAudio(s, rate);
    }

    static double meanDiff(BufferedImage a, BufferedImage b, Rect r) {
        long sum = 0;
        for (int y = r.y(); y < r.y() + r.h(); y++) {
            for (int x = r.x(); x < r.x() + r.w(); x++) {
                int[] p = Mp4Probe.rgb(a, x, y);
                int[] q = Mp4Probe.rgb(b, x, y);
                sum += Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]);
            }
        }
        return sum / (3.0 * r.w() * r.h());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bars", "wave", "radial"})
    void visualiserMovesWithSoundAndRestsInSilence(String style) throws Exception {
        PcmAudio audio = silenceSoundSilence();
        Path out = dir.resolve(style + ".mp4");
        VideoRenderer.render(FMT, List.of(Backgrounds.create("#202020", FMT),
                        Visualizers.create(style, Visualizers.DEFAULT_COLORS, audio, FMT, AREA)),
                audio, new EncodeSettings("libx264", "veryfast", 16, null), out, FrameProgress.NONE);

        List<BufferedImage> frames = Mp4Probe.of(out).frames();
        BufferedImage restBefore = frames.get(10);
        BufferedImage loud1 = frames.get(32);
        BufferedImage loud2 = frames.get(44);
        BufferedImage restAfter = frames.get(78);

        assertThat(meanDiff(restBefore, frames.get(16), AREA)).as("still before sound").isLessThan(1.0);
        assertThat(meanDiff(restBefore, restAfter, AREA)).as("back at rest after sound").isLessThan(1.0);
        assertThat(meanDiff(restBefore, loud1, AREA)).as("moves with sound").isGreaterThan(4.0);
        assertThat(meanDiff(loud1, loud2, AREA)).as("keeps moving").isGreaterThan(1.0);
    }

    @Test
    void unknownStyleIsAnInputErrorNamingIt() {
        assertThatThrownBy(() -> Visualizers.create("sparkles", List.of(), PcmAudio.silence(100, 8000), FMT, AREA))
                .isInstanceOf(InputException.class).hasMessageContaining("sparkles");
    }

    @Test
    void unknownColourIsAnInputErrorNamingTheKey() {
        assertThatThrownBy(() -> Visualizers.parseColors(List.of("#00FF00", "pink"), "visualizer.colors"))
                .isInstanceOf(InputException.class).hasMessageContaining("visualizer.colors").hasMessageContaining("pink");
    }
}
