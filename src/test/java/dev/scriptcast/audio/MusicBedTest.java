package dev.scriptcast.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MusicBedTest {
    private static final int RATE = AudioMixer.SAMPLE_RATE;
    /** Not a whole number of cycles in one second, so a plain cut at the loop point would click. */
    private static final double HZ = 230.5;

    @TempDir
    Path dir;

    @Test
    void shortMusicLoopsWithoutAClickAtItsRequestedLevelAndLength() throws Exception {
        Path music = TestAudio.write(dir.resolve("second.wav"), TestAudio.tone(HZ, 1, RATE, 0.5), RATE);
        int frames = (int) (3.5 * RATE);
        float[] bed = new float[frames];
        try (MusicBed looped = MusicBed.open(music, -18, RATE, frames, dir)) {
            for (int at = 0; at < frames; at += 1000) {
                float[] chunk = new float[1000];
                looped.read(chunk, Math.min(1000, frames - at));
                System.arraycopy(chunk, 0, bed, at, Math.min(1000, frames - at));
            }
        }
        double amplitude = Math.pow(10, -18 / 20.0) * Math.sqrt(2);
        double sineStep = amplitude * 2 * Math.PI * HZ / RATE;
        double largestStep = 0;
        for (int i = 1; i < frames; i++) {
            largestStep = Math.max(largestStep, Math.abs(bed[i] - bed[i - 1]));
        }

        assertThat(largestStep).isLessThan(1.2 * sineStep);
        PcmAudio audio = new PcmAudio(bed, RATE);
        assertThat(TestAudio.toneDb(audio, HZ, 1600, 1900)).isCloseTo(TestAudio.toneDb(audio, HZ, 2100, 2400),
                within(0.5));
        assertThat(dir.toFile().list()).containsExactly("second.wav");
    }
}
