package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scriptcast.audio.PcmFile;
import dev.scriptcast.base.ThreadBudget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_PRI_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

class SegmentJoinerTest {
    private static final VideoFormat FMT = new VideoFormat(320, 240, 30);
    private static final int[] COLOURS = {0xD03030, 0x30C040, 0x3050D0};
    private static final EncodeSettings X264 = new EncodeSettings("libx264", "veryfast", 23, null);

    @TempDir
    Path dir;

    @Test
    void anMp4PlaysEachSegmentInOrderWithTheSoundAndItsIndexFirst() throws IOException {
        Path out = joinAndCheck(Container.MP4, X264, new int[] {37, 60, 23}, 24_000, 1);

        assertThat(Mp4Probe.boxes(out).indexOf("moov")).isLessThan(Mp4Probe.boxes(out).indexOf("mdat"));
        assertThat(Playback.of(out).audioCodec()).isEqualTo("aac");
    }

    @Test
    void aMovPlaysEachSegmentInOrderWithTheSoundAndItsIndexFirst() throws IOException {
        Path out = joinAndCheck(Container.MOV, X264, new int[] {37, 60, 23}, 48_000, 2);

        assertThat(Mp4Probe.boxes(out).indexOf("moov")).isLessThan(Mp4Probe.boxes(out).indexOf("mdat"));
    }

    @Test
    void anMkvPlaysEachSegmentInOrderWithStereoSound() throws IOException {
        Path out = joinAndCheck(Container.MKV, X264, new int[] {37, 60, 23}, 44_100, 2);

        assertThat(Playback.of(out).audioCodec()).isEqualTo("aac");
    }

    @Test
    void aWebmOfVp9SegmentsPlaysInOrderWithOpusSound() throws IOException {
        Path out = joinAndCheck(Container.WEBM, new EncodeSettings("libvpx-vp9", "veryfast", 30, null),
                new int[] {13, 20, 9}, 22_050, 1);

        Playback played = Playback.of(out);
        assertThat(played.videoCodec()).isEqualTo("vp9");
        assertThat(played.audioCodec()).isEqualTo("opus");
    }

    @Test
    void aSegmentOfAnotherSizeIsRefusedNamingBothAndNothingIsWritten() throws IOException {
        List<Path> segments = new ArrayList<>(segments(Container.MP4, X264, new int[] {10, 10}));
        Path small = dir.resolve("small.mp4");
        VideoRenderer.renderSegment(new VideoFormat(160, 120, 30), List.of(new Stripes(new int[] {10})), 0, 10,
                X264, Container.MP4, small, null, ThreadBudget.of(2), notice -> { });
        segments.add(small);
        Path out = dir.resolve("joined.mp4");

        assertThatThrownBy(() -> SegmentJoiner.join(segments, tone(20, 24_000, 1), Container.MP4, out))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("small.mp4 (h264 160x120 yuv420p 30 fps) does not match the first segment")
                .hasMessageContaining("(h264 320x240 yuv420p 30 fps)");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingSegmentIsFfmpegsReasonAndNothingIsWritten() throws IOException {
        List<Path> segments = List.of(segments(Container.MKV, X264, new int[] {5}).getFirst(), dir.resolve("gone.mkv"));
        Path out = dir.resolve("joined.mkv");

        assertThatThrownBy(() -> SegmentJoiner.join(segments, tone(10, 24_000, 1), Container.MKV, out))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("gone.mkv").hasMessageContaining("No such file or directory");
        assertThat(out).doesNotExist();
    }

    /** Renders, joins and plays back the segments, checking what every container must give; returns the file. */
    private Path joinAndCheck(Container container, EncodeSettings enc, int[] lengths, int rate, int channels)
            throws IOException {
        List<Path> segments = segments(container, enc, lengths);
        int total = Arrays.stream(lengths).sum();
        Path out = dir.resolve(".joined.partial");

        JoinedVideo joined = SegmentJoiner.join(segments, tone(total, rate, channels), container, out);

        assertThat(joined.frames()).isEqualTo(total);
        assertThat(joined.durationMs()).isEqualTo(total * 1000L / FMT.fps());
        assertThat(joined.bytes()).isEqualTo(Files.size(out));
        Playback played = Playback.of(out);
        assertThat(played.frames()).hasSize(total);
        int first = 0;
        for (int s = 0; s < lengths.length; s++) {
            assertThat(played.frames().get(first).key()).as("segment %d starts on a key frame", s).isTrue();
            for (int f = first; f < first + lengths[s]; f++) {
                assertColour(played.frames().get(f).rgb(), COLOURS[s], "frame " + f);
            }
            first += lengths[s];
        }
        for (int f = 1; f < total; f++) {
            assertThat(played.frames().get(f).timestampUs()).isGreaterThan(played.frames().get(f - 1).timestampUs());
        }
        assertThat(played.colorPrimaries()).isEqualTo(AVCOL_PRI_BT709);
        assertThat(played.audioChannels()).isEqualTo(channels);
        assertThat(played.sampleRate()).isEqualTo(48_000);
        assertThat(played.audioSeconds()).isCloseTo(total / (double) FMT.fps(), within(1.0 / FMT.fps()));
        assertPacketsCopiedWithRisingDecodeTimes(segments, out);
        return out;
    }

    private static void assertPacketsCopiedWithRisingDecodeTimes(List<Path> segments, Path out) throws IOException {
        List<Playback.Packet> written = Playback.videoPackets(out);
        List<byte[]> encoded = new ArrayList<>();
        for (Path segment : segments) {
            Playback.videoPackets(segment).forEach(p -> encoded.add(p.data()));
        }
        assertThat(written).hasSameSizeAs(encoded);
        for (int i = 0; i < written.size(); i++) {
            assertThat(written.get(i).data()).as("packet %d", i).isEqualTo(encoded.get(i));
        }
        long last = Long.MIN_VALUE;
        for (Playback.Packet p : written) {
            if (p.dts() != AV_NOPTS_VALUE) {
                assertThat(p.dts()).isGreaterThan(last);
                last = p.dts();
            }
        }
    }

    private static void assertColour(int[] rgb, int expected, String where) {
        assertThat(rgb[0]).as(where + " red").isCloseTo(expected >> 16 & 0xFF, within(12));
        assertThat(rgb[1]).as(where + " green").isCloseTo(expected >> 8 & 0xFF, within(12));
        assertThat(rgb[2]).as(where + " blue").isCloseTo(expected & 0xFF, within(12));
    }

    /** One segment per length, each encoded on its own from the same layer, in the order of the video. */
    private List<Path> segments(Container container, EncodeSettings enc, int[] lengths) throws IOException {
        Layer stripes = new Stripes(lengths);
        List<Path> files = new ArrayList<>();
        int first = 0;
        for (int s = 0; s < lengths.length; s++) {
            Path file = dir.resolve("segment" + s + "." + container.name().toLowerCase());
            VideoRenderer.renderSegment(FMT, List.of(stripes), first, lengths[s], enc, container, file, null,
                    ThreadBudget.of(2), notice -> { });
            files.add(file);
            first += lengths[s];
        }
        return files;
    }

    /** A 440 Hz tone as long as {@code frames} video frames. */
    private PcmFile tone(int frames, int rate, int channels) throws IOException {
        PcmFile file = new PcmFile(dir.resolve("tone-" + rate + "-" + channels + ".f32"), rate, channels);
        float[] samples = new float[frames * rate / FMT.fps() * channels];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.4 * Math.sin(2 * Math.PI * 440 * (i / channels) / rate));
        }
        try (PcmFile.Writer w = file.writer()) {
            w.write(samples, 0, samples.length);
        }
        return file;
    }

    /** The whole frame in the colour of the segment the frame falls in. */
    private record Stripes(int[] lengths) implements Layer {
        @Override
        public String name() {
            return "stripes";
        }

        @Override
        public void draw(int frameIndex, Canvas canvas) {
            int s = 0;
            int end = lengths[0];
            while (frameIndex >= end && s + 1 < lengths.length) {
                end += lengths[++s];
            }
            Arrays.fill(canvas.argb(), 0xFF000000 | COLOURS[s]);
        }
    }
}
