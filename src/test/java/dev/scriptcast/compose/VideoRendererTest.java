package dev.scriptcast.compose;

import dev.scriptcast.base.ThreadBudget;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.visual.Backgrounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_PRI_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_TRC_BT709;

class VideoRendererTest {
    @TempDir
    Path dir;

    static PcmAudio tone(double seconds, int rate) {
        float[] s = new float[(int) Math.round(seconds * rate)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (float) (0.4 * Math.sin(2 * Math.PI * 440 * i / rate));
        }
        return new PcmAudio(s, rate);
    }

    @Test
    void rendersPlayableFaststartMp4WithBackgroundColourAndOneFramePerTick() throws Exception {
        VideoFormat fmt = new VideoFormat(320, 240, 25);
        PcmAudio audio = tone(2.03, 22_050);
        Path out = dir.resolve("solid.mp4");
        int[] reported = new int[2];

        RenderedVideo video = VideoRenderer.render(fmt, List.of(Backgrounds.create("#2080C0", fmt)), audio,
                new EncodeSettings("libx264", "veryfast", 18, null), out, (done, total) -> {
                    reported[0] = done;
                    reported[1] = total;
                });

        Mp4Probe probe = Mp4Probe.of(out);
        int expected = (int) Math.ceil(audio.durationSeconds() * fmt.fps());
        assertThat(probe.width()).isEqualTo(320);
        assertThat(probe.height()).isEqualTo(240);
        assertThat(probe.fps()).isCloseTo(25.0, within(0.01));
        assertThat(probe.frames().size()).isBetween(expected - 1, expected + 1);
        assertThat(video.frames()).isEqualTo(expected);
        assertThat(reported).containsExactly(expected, expected);
        assertThat(probe.videoCodec()).isEqualTo("h264");
        assertThat(probe.audioCodec()).isEqualTo("aac");
        assertThat(probe.sampleRate()).isEqualTo(48_000);
        assertThat(probe.colorPrimaries()).isEqualTo(AVCOL_PRI_BT709);
        assertThat(probe.colorTrc()).isEqualTo(AVCOL_TRC_BT709);
        assertThat(probe.colorSpace()).isEqualTo(AVCOL_SPC_BT709);
        assertThat(probe.topLevelBoxes().indexOf("moov")).isLessThan(probe.topLevelBoxes().indexOf("mdat"));
        int[] px = Mp4Probe.rgb(probe.frames().get(expected / 2), 160, 120);
        assertThat(px[0]).isCloseTo(0x20, within(6));
        assertThat(px[1]).isCloseTo(0x80, within(6));
        assertThat(px[2]).isCloseTo(0xC0, within(6));
        assertThat(video.encoder().used()).isEqualTo("libx264");
        assertThat(video.timing().producers()).isPositive();
        assertThat(video.timing().encodeMs()).isPositive();
    }

    @Test
    void requestedEncoderThatDoesNotOpenFallsBackToLibx264WithTheReason() throws Exception {
        VideoFormat fmt = new VideoFormat(160, 96, 10);
        boolean nvencOpens = Encoders.probe("h264_nvenc").opens();

        RenderedVideo video = VideoRenderer.render(fmt, List.of(Backgrounds.create("gradient", fmt)),
                tone(0.5, 16_000), new EncodeSettings("h264_nvenc", "veryfast", 23, null),
                dir.resolve("fallback.mp4"), FrameProgress.NONE);

        EncoderChoice choice = video.encoder();
        assertThat(choice.requested()).isEqualTo("h264_nvenc");
        if (nvencOpens) {
            assertThat(choice.used()).isEqualTo("h264_nvenc");
        } else {
            assertThat(choice.used()).isEqualTo("libx264");
            assertThat(choice.reason()).startsWith("h264_nvenc: ").contains("fell back to libx264");
            assertThat(Mp4Probe.of(video.file()).videoCodec()).isEqualTo("h264");
        }
    }

    @Test
    void aLayerThatFailsStopsTheRenderWithItsError() {
        VideoFormat fmt = new VideoFormat(160, 96, 10);
        Layer broken = new Layer() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void draw(int frameIndex, Canvas canvas) {
                if (frameIndex == 7) {
                    throw new IllegalStateException("frame 7 cannot be drawn");
                }
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VideoRenderer.render(fmt,
                        List.of(Backgrounds.create("gradient", fmt), broken), tone(3, 16_000),
                        EncodeSettings.defaults(), dir.resolve("broken.mp4"), FrameProgress.NONE))
                .hasMessageContaining("frame 7 cannot be drawn");
    }

    @Test
    void presetNoEncoderKnowsIsAnInputErrorNamingIt() {
        VideoFormat fmt = new VideoFormat(160, 96, 10);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VideoRenderer.render(fmt,
                        List.of(Backgrounds.create("gradient", fmt)), tone(0.3, 16_000),
                        new EncodeSettings("libx264", "warpspeed", 23, null), dir.resolve("p.mp4"), FrameProgress.NONE))
                .isInstanceOf(dev.scriptcast.base.InputException.class).hasMessageContaining("warpspeed");
    }

    @Test
    void anEncoderFallbackIsANoticeNotAnErrorLine() throws Exception {
        VideoFormat fmt = new VideoFormat(256, 144, 10);
        List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.io.PrintStream stderr = System.err;
        var printed = new java.io.ByteArrayOutputStream();
        RenderedVideo video;
        System.setErr(new java.io.PrintStream(printed, true));
        try {
            video = VideoRenderer.render(fmt, List.of(Backgrounds.create("#2080C0", fmt)), tone(0.5, 22_050),
                    new EncodeSettings("h264_nvenc", "veryfast", 23, null), Container.forPath(dir.resolve("fallback.mp4")),
                    dir.resolve("fallback.mp4"), null, ThreadBudget.of(2), notices::add);
        } finally {
            System.setErr(stderr);
        }

        if (video.encoder().used().equals("libx264")) {
            assertThat(notices).anySatisfy(n -> assertThat(n).contains("h264_nvenc", "using libx264"));
        }
        // JavaCV's own logger may print its "Info:" notes here unless the embedder routes it (the CLI does).
        assertThat(printed.toString()).doesNotContain("h264_nvenc").doesNotContain("scriptcast");
    }

    @Test
    void theThreadBudgetBoundsTheFrameProducers() throws Exception {
        VideoFormat fmt = new VideoFormat(256, 144, 10);
        for (int threads : new int[] {1, 2, 4}) {
            RenderedVideo video = VideoRenderer.render(fmt, List.of(Backgrounds.create("gradient", fmt)),
                    tone(0.3, 22_050), new EncodeSettings("libx264", "ultrafast", 23, null),
                    Container.MP4, dir.resolve("t" + threads + ".mp4"), null, ThreadBudget.of(threads), notice -> { });

            assertThat(video.timing().producers()).as("threads " + threads).isEqualTo(Math.max(1, threads - 1));
        }
    }

    @Test
    void aSegmentIsAVideoOnlyFileThatPlaysOnItsOwnFromAKeyFrameInEveryContainer() throws Exception {
        VideoFormat fmt = new VideoFormat(160, 96, 10);
        boolean[] closed = {false};
        Layer redThenBlue = new CloseableLayer(closed);
        for (Container container : Container.values()) {
            Path out = dir.resolve("segment." + container.name().toLowerCase());
            EncodeSettings enc = new EncodeSettings(container == Container.WEBM ? "libvpx-vp9" : "libx264",
                    "veryfast", 23, null);

            RenderedVideo video = VideoRenderer.renderSegment(fmt, List.of(redThenBlue), 15, 10, enc, container,
                    out, null, ThreadBudget.of(2), notice -> { });

            Playback played = Playback.of(out);
            assertThat(video.frames()).isEqualTo(10);
            assertThat(played.frames()).as(container.name()).hasSize(10);
            assertThat(played.frames().getFirst().key()).isTrue();
            assertThat(played.frames().get(4).rgb()[0]).as("frame 19 is red").isGreaterThan(200);
            assertThat(played.frames().get(5).rgb()[2]).as("frame 20 is blue").isGreaterThan(200);
            assertThat(played.audioChannels()).as(container + " has no sound").isZero();
        }
        assertThat(closed[0]).as("the caller closes layers shared by segments").isFalse();
    }

    /** Red before frame 20, blue from it on; remembers being closed. */
    private record CloseableLayer(boolean[] closed) implements Layer, AutoCloseable {
        @Override
        public String name() {
            return "red-then-blue";
        }

        @Override
        public void draw(int frameIndex, Canvas canvas) {
            java.util.Arrays.fill(canvas.argb(), frameIndex < 20 ? 0xFFF01010 : 0xFF1010F0);
        }

        @Override
        public void close() {
            closed[0] = true;
        }
    }
}
