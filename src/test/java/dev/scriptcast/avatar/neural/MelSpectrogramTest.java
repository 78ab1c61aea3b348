package dev.scriptcast.avatar.neural;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.audio.PcmAudio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class MelSpectrogramTest {

    static float[] resource(String name) throws IOException {
        try (InputStream in = MelSpectrogramTest.class.getResourceAsStream("/lipsync/" + name)) {
            ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            float[] out = new float[bytes.remaining() / 4];
            bytes.asFloatBuffer().get(out);
            return out;
        }
    }

    @Test
    void matchesIndependentNumpyReferenceWithinOneThousandth() throws IOException {
        float[] signal = resource("chirp.f32");
        float[] reference = resource("chirp-mel.f32");

        MelSpectrogram mel = MelSpectrogram.of(signal);

        assertThat(mel.columns()).isEqualTo(1 + signal.length / 200).isEqualTo(reference.length / 80);
        double worst = 0;
        for (int m = 0; m < 80; m++) {
            for (int t = 0; t < mel.columns(); t++) {
                worst = Math.max(worst, Math.abs(mel.value(m, t) - reference[m * mel.columns() + t]));
            }
        }
        assertThat(worst).isLessThanOrEqualTo(1e-3);
    }

    @Test
    void chunksFollowVideoFramesAndStopAtTheLastFullChunk() throws IOException {
        MelSpectrogram mel = MelSpectrogram.of(resource("chirp.f32"));
        assertThat(mel.chunkStart(0, 25)).isZero();
        assertThat(mel.chunkStart(3, 25)).isEqualTo(9);
        assertThat(mel.chunkStart(7, 30)).isEqualTo(18);
        assertThat(mel.chunkStart(12, 25)).isEqualTo(mel.columns() - 16);

        float[] chunk = new float[2 + 80 * 16];
        mel.copyChunk(3, 25, chunk, 2);
        assertThat(chunk[2]).isEqualTo(mel.value(0, 9));
        assertThat(chunk[2 + 15]).isEqualTo(mel.value(0, 24));
        assertThat(chunk[2 + 79 * 16 + 15]).isEqualTo(mel.value(79, 24));
    }

    @Test
    void narrationAtAnotherRateGivesTheSameSpectrogramAsSixteenKilohertz() {
        int seconds = 1;
        float[] at16 = tone(16_000, seconds);
        float[] at48 = tone(48_000, seconds);

        MelSpectrogram direct = MelSpectrogram.of(at16);
        MelSpectrogram resampled = MelSpectrogram.of(new PcmAudio(at48, 48_000));

        assertThat(resampled.columns()).isEqualTo(direct.columns());
        double worst = 0;
        for (int m = 0; m < 80; m++) {
            for (int t = 2; t < direct.columns() - 2; t++) {
                worst = Math.max(worst, Math.abs(direct.value(m, t) - resampled.value(m, t)));
            }
        }
        assertThat(worst).isLessThan(0.05);
    }

    @Test
    void silenceSitsAtTheFloorAndAToneLightsTheBandAroundItsFrequency() {
        MelSpectrogram silent = MelSpectrogram.of(new float[8000]);
        assertThat(silent.value(40, 10)).isEqualTo(-4f);

        float[] x = new float[16_000];
        for (int n = 0; n < x.length; n++) {
            x[n] = (float) (0.5 * Math.sin(2 * Math.PI * 1000 * n / 16_000.0));
        }
        MelSpectrogram tone = MelSpectrogram.of(x);
        int loudest = 0;
        for (int m = 0; m < 80; m++) {
            if (tone.value(m, 40) > tone.value(loudest, 40)) {
                loudest = m;
            }
        }
        double lo = MelFilterBank.hzToMel(55);
        double hi = MelFilterBank.hzToMel(7600);
        double centreHz = MelFilterBank.melToHz(lo + (hi - lo) * (loudest + 1) / 81);
        assertThat(centreHz).isBetween(900.0, 1100.0);
        assertThat(tone.value(loudest, 40)).isGreaterThan(2f);
    }

    private static float[] tone(int rate, int seconds) {
        float[] x = new float[rate * seconds];
        for (int n = 0; n < x.length; n++) {
            x[n] = (float) (0.4 * Math.sin(2 * Math.PI * 440 * n / rate) + 0.2 * Math.sin(2 * Math.PI * 2500 * n / rate));
        }
        return x;
    }
}
