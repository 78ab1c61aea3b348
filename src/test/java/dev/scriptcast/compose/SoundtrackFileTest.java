package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import dev.scriptcast.audio.PcmFile;
import dev.scriptcast.base.ThreadBudget;

import static org.assertj.core.api.Assertions.assertThat;

/** A soundtrack encoded once into a file and copied into the join sounds exactly like one encoded in the join. */
class SoundtrackFileTest {
    private static final VideoFormat FMT = new VideoFormat(64, 48, 10);
    private static final int SECONDS = 45;
    private static final int RATE = 48_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Container.class, names = {"MP4", "MKV", "WEBM"})
    void aJoinFromTheSoundtrackFileDecodesToTheSameSamplesAsOneThatEncodesTheSound(Container container)
            throws IOException {
        PcmFile audio = new PcmFile(dir.resolve("voice.f32"), RATE, 2);
        float[] source = new float[SECONDS * RATE * 2];
        for (int i = 0; i < source.length; i++) {
            double t = i / 2 / (double) RATE;
            source[i] = (float) (0.3 * Math.sin(2 * Math.PI * (220 + 40 * (i % 2)) * t) * ((t * 3) % 1 < 0.6 ? 1 : 0));
        }
        try (PcmFile.Writer w = audio.writer()) {
            w.write(source, 0, source.length);
        }
        EncodeSettings video = container == Container.WEBM ? new EncodeSettings("libvpx-vp9", "veryfast", 30, null)
                : new EncodeSettings("libx264", "veryfast", 23, null);
        Path segment = dir.resolve("segment." + container.extension());
        VideoRenderer.renderSegment(FMT, List.of(SoundtrackStretchesTest.GREY), 0, SECONDS * FMT.fps(), video, container, segment,
                null, ThreadBudget.of(2), notice -> { });
        Path encodedInJoin = dir.resolve("in-join." + container.extension());
        SegmentJoiner.join(List.of(segment), audio, container, encodedInJoin, 4);
        Path soundtrack = dir.resolve("soundtrack." + container.extension());

        SoundtrackFile.write(audio, container, soundtrack, 4, "integrated -16.0 LUFS");
        Path copied = dir.resolve("copied." + container.extension());
        SegmentJoiner.join(List.of(segment), soundtrack, container, copied);

        float[] expected = SoundtrackStretchesTest.decode(encodedInJoin);
        assertThat(expected.length).as("samples, both channels")
                .isBetween(source.length - 4096, source.length + 4096);
        assertThat(Arrays.equals(SoundtrackStretchesTest.decode(copied), expected)).as("same samples").isTrue();
        assertThat(Playback.of(copied).frames()).hasSize(SECONDS * FMT.fps());
        try (SoundtrackFile file = SoundtrackFile.open(soundtrack)) {
            assertThat(file.comment()).isEqualTo("integrated -16.0 LUFS");
        }
    }
}
