package dev.scriptcast.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A programme many streaming chunks long, with short stereo music looped under it. */
class LongProgrammeMixTest {
    private static final int RATE = AudioMixer.SAMPLE_RATE;

    @TempDir
    Path dir;

    @Test
    void threeMinutesMixToTheTargetLoudnessAndExactlyTheNarrationsLength() throws Exception {
        PcmFile narration = PcmFile.create(dir, "narration", RATE, 1)
                .write(new PcmAudio(TestAudio.speechLike(180, RATE), RATE));
        Path music = TestAudio.writeStereo(dir.resolve("loop.wav"), TestAudio.tone(300, 5, 44_100, 0.4),
                TestAudio.tone(500, 5, 44_100, 0.4), 44_100);

        Mix mix = new AudioMixer().mix(narration, new AudioMixer.Settings(music, -18, -16, -1), dir);

        assertThat(mix.audio().frames()).isEqualTo(narration.frames()).isEqualTo(180L * RATE);
        assertThat(mix.audio().channels()).isEqualTo(2);
        FfmpegAudio.Loudness measured = FfmpegAudio.measure(mix.audio());
        assertThat(measured.integratedLufs()).isCloseTo(-16, within(0.5));
        assertThat(measured.truePeakDbtp()).isLessThanOrEqualTo(-1);
        assertThat(mix.integratedLufs()).isCloseTo(measured.integratedLufs(), within(0.05));
        assertThat(mix.musicDuckDb()).isGreaterThanOrEqualTo(10);
    }
}
