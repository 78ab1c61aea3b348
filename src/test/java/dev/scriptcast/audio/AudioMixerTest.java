package dev.scriptcast.audio;

import dev.scriptcast.base.ThreadBudget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.scriptcast.base.InputException;
import dev.scriptcast.script.Block;
import dev.scriptcast.script.Script;
import dev.scriptcast.speech.EspeakEngine;
import dev.scriptcast.speech.Narration;
import dev.scriptcast.speech.Narrator;
import dev.scriptcast.speech.VoiceSettings;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioMixerTest {
    private static final double MUSIC_HZ = 55;
    private static final long GAP_MS = 2500;
    private static Narration narration;
    private static Path music;
    private static Mix mix;
    private static PcmAudio soundtrack;

    @TempDir
    static Path dir;

    @BeforeAll
    static void mixSpeechWithLoopedMusic() throws Exception {
        Script script = new Script(Path.of("mix.txt"), Map.of(), List.of(
                new Block.Paragraph("Welcome to the show. Today we talk about mixing sound for video.", 1),
                new Block.Pause(GAP_MS, 2),
                new Block.Paragraph("Music should step back while the presenter speaks.", 3)));
        narration = new Narrator(new EspeakEngine(), new VoiceSettings("espeak", "en-us", 1, 1, 1), ThreadBudget.of(1))
                .narrate(script, done -> { });
        music = TestAudio.write(dir.resolve("bed.m4a"), TestAudio.tone(MUSIC_HZ, 3.0, 44_100, 0.5), 44_100);
        mix = TestAudio.mix(narration.audio(), new AudioMixer.Settings(music, -18, -16, -1), dir);
        soundtrack = mix.audio().readAll();
    }

    @Test
    void mixIs48kHzAndAsLongAsTheNarration() {
        assertThat(soundtrack.sampleRate()).isEqualTo(48_000);
        assertThat(soundtrack.durationMs()).isCloseTo(narration.audio().durationMs(), within(5L));
    }

    @Test
    void musicIsAtLeastTenDecibelsLowerWhileSpeechPlays() {
        Timed<Word> lastOfFirst = narration.words().items().stream()
                .filter(w -> w.value().scriptLine() == 1).reduce((a, b) -> b).orElseThrow();
        long speechFrom = MusicBed.FADE_IN_MS;
        long gapFrom = lastOfFirst.endMs() + 1200;

        double duringSpeech = TestAudio.toneDb(soundtrack, MUSIC_HZ, speechFrom, lastOfFirst.startMs());
        double inGap = TestAudio.toneDb(soundtrack, MUSIC_HZ, gapFrom, gapFrom + 800);

        assertThat(inGap - duringSpeech).isGreaterThanOrEqualTo(10);
        assertThat(mix.musicDuckDb()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void musicStaysDownBetweenWordsWithoutPumping() {
        long from = MusicBed.FADE_IN_MS;
        long to = narration.words().items().stream().filter(w -> w.value().scriptLine() == 1)
                .reduce((a, b) -> b).orElseThrow().startMs();
        double[] levels = java.util.stream.LongStream.iterate(from, t -> t + 250 <= to, t -> t + 250)
                .mapToDouble(t -> TestAudio.toneDb(soundtrack, MUSIC_HZ, t, t + 250)).toArray();

        assertThat(levels.length).isGreaterThan(4);
        assertThat(DoubleStream.of(levels).max().orElseThrow() - DoubleStream.of(levels).min().orElseThrow())
                .isLessThan(4);
    }

    @Test
    void loudnessMeetsTargetAndTruePeakStaysUnderTheCeiling() throws Exception {
        FfmpegAudio.Loudness measured = FfmpegAudio.measure(mix.audio());

        assertThat(measured.integratedLufs()).isCloseTo(-16, within(1.0));
        assertThat(measured.truePeakDbtp()).isLessThanOrEqualTo(-1);
        assertThat(mix.integratedLufs()).isCloseTo(measured.integratedLufs(), within(0.05));
        assertThat(mix.truePeakDbtp()).isCloseTo(measured.truePeakDbtp(), within(0.05));
    }

    @Test
    void quieterTargetWithoutMusic() throws Exception {
        Mix quiet = TestAudio.mix(narration.audio(), new AudioMixer.Settings(null, -18, -23, -2), dir);

        assertThat(quiet.integratedLufs()).isCloseTo(-23, within(1.0));
        assertThat(quiet.truePeakDbtp()).isLessThanOrEqualTo(-2);
        assertThat(quiet.musicDuckDb()).isZero();
    }

    @Test
    void absentCorruptSilentlessOrTooShortMusicNamesTheFile() throws Exception {
        Path absent = dir.resolve("absent.mp3");
        Path corrupt = Files.write(dir.resolve("corrupt.mp3"), new java.util.Random(7).ints(20_000, 0, 256)
                .collect(java.io.ByteArrayOutputStream::new, java.io.ByteArrayOutputStream::write, (a, b) -> { })
                .toByteArray());
        Path image = dir.resolve("cover.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", image.toFile());
        Path tooShort = TestAudio.write(dir.resolve("blip.wav"), TestAudio.tone(440, 0.05, 48_000, 0.5), 48_000);

        for (Path bad : List.of(absent, corrupt, image, tooShort)) {
            assertThatThrownBy(() -> TestAudio.mix(narration.audio(), new AudioMixer.Settings(bad, -18, -16, -1), dir))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining(bad.toString())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }
}
