package dev.scriptcast.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The narration measured while it is written gives the soundtrack that measuring it afterwards gives. */
class LoudnessMeterTest {
    private static final int RATE = AudioMixer.SAMPLE_RATE;

    @TempDir
    Path dir;

    @Test
    void piecesMeasuredAsTheyArriveMatchTheWholeFileMeasured() throws Exception {
        float[] speech = TestAudio.speechLike(30, RATE);
        PcmFile file = new PcmFile(dir.resolve("narration.f32"), RATE, 1).write(new PcmAudio(speech, RATE, 1));

        FfmpegAudio.Loudness measured;
        try (LoudnessMeter loudness = new LoudnessMeter(Thread.ofPlatform().factory())) {
            addInPieces(loudness, speech);
            measured = loudness.finish();
        }

        assertThat(measured).isEqualTo(FfmpegAudio.measure(file));
        assertThat(measured.integratedLufs()).isBetween(-40.0, -10.0);
    }

    @Test
    void theSoundtrackIsTheSameWhetherTheNarrationWasMeasuredAheadOrNot() throws Exception {
        float[] speech = TestAudio.speechLike(40, RATE);
        for (AudioMixer.Settings settings : new AudioMixer.Settings[] {
                new AudioMixer.Settings(null, -18, -16, -1), new AudioMixer.Settings(null, -18, -23, -2)}) {
            PcmFile narration = new PcmFile(dir.resolve("narration.f32"), RATE, 1).write(new PcmAudio(speech, RATE, 1));
            Mix before = new AudioMixer().mix(narration, settings, dir);
            PcmAudio beforeSound = before.audio().readAll();
            Mix ahead;
            try (LoudnessMeter loudness = new LoudnessMeter(Thread.ofPlatform().factory())) {
                addInPieces(loudness, speech);
                ahead = new AudioMixer().mix(narration, loudness, settings, dir);
            }

            assertThat(ahead.integratedLufs()).isCloseTo(before.integratedLufs(), within(0.01));
            assertThat(ahead.truePeakDbtp()).isCloseTo(before.truePeakDbtp(), within(0.01));
            assertThat(ahead.integratedLufs()).isCloseTo(settings.loudnessLufs(), within(0.25));
            float[] a = ahead.audio().readAll().samples();
            assertThat(a).hasSameSizeAs(beforeSound.samples());
            double worst = 0;
            for (int i = 0; i < a.length; i++) {
                worst = Math.max(worst, Math.abs(a[i] - beforeSound.samples()[i]));
            }
            assertThat(worst).as("largest sample difference").isLessThan(1e-4);
            assertThat(narration.path()).as("the narration is left for the caller").exists();
        }
    }

    @Test
    void aGainMovesTheMeasurementByItself() throws Exception {
        float[] speech = TestAudio.speechLike(30, RATE);
        float gain = FfmpegAudio.gain(7.5);
        float[] louder = speech.clone();
        for (int i = 0; i < louder.length; i++) {
            louder[i] *= gain;
        }
        FfmpegAudio.Loudness quiet = FfmpegAudio.measure(
                new PcmFile(dir.resolve("quiet.f32"), RATE, 1).write(new PcmAudio(speech, RATE, 1)));
        FfmpegAudio.Loudness loud = FfmpegAudio.measure(
                new PcmFile(dir.resolve("loud.f32"), RATE, 1).write(new PcmAudio(louder, RATE, 1)));

        assertThat(quiet.plus(7.5).integratedLufs()).isCloseTo(loud.integratedLufs(), within(0.01));
        assertThat(quiet.plus(7.5).truePeakDbtp()).isCloseTo(loud.truePeakDbtp(), within(0.01));
    }

    @Test
    void closingUnfinishedStopsTheMeasuringThread() throws Exception {
        Thread[] made = new Thread[1];
        LoudnessMeter loudness = new LoudnessMeter(task -> made[0] = Thread.ofPlatform().unstarted(task));
        loudness.add(new float[RATE]);
        loudness.close();
        made[0].join(5_000);
        assertThat(made[0].isAlive()).isFalse();
    }

    /** Uneven pieces, as segments of different lengths arrive. */
    private static void addInPieces(LoudnessMeter loudness, float[] speech) throws InterruptedException {
        int at = 0;
        for (int piece = 0; at < speech.length; piece++) {
            int n = Math.min(speech.length - at, RATE * (3 + piece % 5) + piece * 101);
            loudness.add(Arrays.copyOfRange(speech, at, at + n));
            at += n;
        }
    }
}
