package dev.scriptcast.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stereo music keeps its two channels, with the (mono) voice in the centre; mono music stays mono. */
class StereoMixTest {
    private static final int RATE = 48_000;
    private static final double VOICE_HZ = 1000;
    private static final double LEFT_HZ = 300;
    private static final double RIGHT_HZ = 500;
    /** The voice speaks from 1 s to 3 s of a 4 s programme. */
    private static PcmAudio voice;

    @TempDir
    static Path dir;

    @BeforeAll
    static void voiceWithAPauseAround() {
        float[] tone = TestAudio.tone(VOICE_HZ, 4, RATE, 0.3);
        for (int i = 0; i < tone.length; i++) {
            if (i < RATE || i >= 3 * RATE) {
                tone[i] = 0;
            }
        }
        voice = new PcmAudio(tone, RATE);
    }

    private static PcmAudio mixWith(Path music) throws Exception {
        return TestAudio.mix(voice, new AudioMixer.Settings(music, -18, -16, -1), dir).audio().readAll();
    }

    @Test
    void stereoMusicMakesAStereoMixWhoseChannelsDifferInTheMusic() throws Exception {
        Path music = TestAudio.writeStereo(dir.resolve("wide.wav"), TestAudio.tone(LEFT_HZ, 3, 44_100, 0.4),
                TestAudio.tone(RIGHT_HZ, 3, 44_100, 0.4), 44_100);
        PcmAudio mix = mixWith(music);

        assertThat(mix.channels()).isEqualTo(2);
        assertThat(mix.frames()).isEqualTo(4 * RATE);
        PcmAudio left = TestAudio.channel(mix, 0);
        PcmAudio right = TestAudio.channel(mix, 1);
        assertThat(TestAudio.toneDb(left, LEFT_HZ, 3200, 3800) - TestAudio.toneDb(right, LEFT_HZ, 3200, 3800))
                .as("left tone louder on the left").isGreaterThan(30);
        assertThat(TestAudio.toneDb(right, RIGHT_HZ, 3200, 3800) - TestAudio.toneDb(left, RIGHT_HZ, 3200, 3800))
                .as("right tone louder on the right").isGreaterThan(30);
    }

    @Test
    void theVoiceIsCentred() throws Exception {
        Path music = TestAudio.writeStereo(dir.resolve("wide2.wav"), TestAudio.tone(LEFT_HZ, 3, 44_100, 0.4),
                TestAudio.tone(RIGHT_HZ, 3, 44_100, 0.4), 44_100);
        PcmAudio stereo = mixWith(music);
        PcmAudio left = TestAudio.channel(stereo, 0);
        PcmAudio right = TestAudio.channel(stereo, 1);
        float[] side = new float[left.frames()];
        for (int i = 0; i < side.length; i++) {
            side[i] = left.samples()[i] - right.samples()[i];
        }
        double voiceDb = TestAudio.toneDb(left, VOICE_HZ, 1500, 2500);

        assertThat(voiceDb).isGreaterThan(-30);
        assertThat(TestAudio.toneDb(right, VOICE_HZ, 1500, 2500)).isCloseTo(voiceDb, within(0.1));
        assertThat(TestAudio.toneDb(new PcmAudio(side, RATE), VOICE_HZ, 1500, 2500))
                .as("voice left in left minus right").isLessThan(voiceDb - 60);
    }

    @Test
    void monoMusicAndNoMusicMakeAMonoMix() throws Exception {
        Path music = TestAudio.write(dir.resolve("mono.wav"), TestAudio.tone(LEFT_HZ, 3, 44_100, 0.4), 44_100);

        assertThat(mixWith(music).channels()).isEqualTo(1);
        assertThat(mixWith(null).channels()).isEqualTo(1);
    }
}
