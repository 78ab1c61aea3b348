package dev.scriptcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.base.InputException;
import dev.scriptcast.cache.CacheFolder;
import dev.scriptcast.cache.CacheKind;
import dev.scriptcast.config.ConfigValues;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A preview is the frame the render will show, made from only the speech it needs, and it writes nothing. */
class PreviewFrameTest {
    /** Four paragraphs, so four segments; the first is short so a few seconds in lies in the second. */
    static final String SCRIPT = """
            Hello there.

            The second paragraph takes a little longer. It has two sentences in it.

            A third paragraph follows.

            The fourth one ends the talk.
            """;

    @TempDir
    Path dir;

    private Path script(String text) throws IOException {
        Files.createDirectories(dir.resolve("talk"));
        return Files.writeString(dir.resolve("talk").resolve("talk.txt"), text);
    }

    private ConfigValues config() {
        return QuickRender.config(dir.resolve("cache"), "espeak", "320x180", 10).set("video.crf", 18, "test");
    }

    @Test
    void theFrameIsTheOneTheRenderShows() throws Exception {
        Path script = script(SCRIPT);
        ConfigValues config = config().set("avatar.enabled", true, "test").set("captions.burn", true, "test")
                .set("visualizer.enabled", true, "test");
        Preview early = Scriptcast.preview(new RenderRequest(script, config, 2), 500);
        Preview later = Scriptcast.preview(new RenderRequest(script, config, 2), 3_000);
        Scriptcast.render(new RenderRequest(script, config, 2), ProgressListener.NONE);

        List<BufferedImage> frames = decode(script.resolveSibling("talk.mp4"), 4, 5, 6, 29, 30, 31);
        assertThat(early.frameMs()).isEqualTo(500);
        assertThat(later.frameMs()).isEqualTo(3_000);
        assertNearestIsTheMiddle(early, frames.subList(0, 3));
        assertNearestIsTheMiddle(later, frames.subList(3, 6));
    }

    /** Of three decoded frames in a row, the preview is nearest the middle one, and near it (encoding loses a bit). */
    private static void assertNearestIsTheMiddle(Preview preview, List<BufferedImage> threeFrames) {
        double[] d = threeFrames.stream().mapToDouble(f -> meanDifference(preview.image(), f)).toArray();
        assertThat(d[1]).as(Arrays.toString(d)).isLessThan(d[0]).isLessThan(d[2]).isLessThan(6);
    }

    @Test
    void itSpeaksOnlyAsFarAsTheFrameAndWritesNothingBesideTheScript() throws Exception {
        Path script = script(SCRIPT);
        Path speech = new CacheFolder(dir.resolve("cache")).folder(CacheKind.SPEECH);

        Scriptcast.preview(new RenderRequest(script, config(), 1), 0);
        long spokenFirst = entries(speech);
        Preview end = Scriptcast.preview(new RenderRequest(script, config(), 1), 3_600_000);
        long spokenAll = entries(speech);
        Scriptcast.preview(new RenderRequest(script, config(), 1), 3_600_000);

        assertThat(spokenFirst).as("sentences spoken for the first frame").isPositive().isLessThan(5);
        assertThat(spokenAll).as("every sentence, for the last frame").isEqualTo(5);
        assertThat(entries(speech)).as("a second preview reuses the speech").isEqualTo(5);
        assertThat(end.frameMs()).isPositive().isLessThan(30_000);
        try (Stream<Path> beside = Files.list(script.getParent());
             Stream<Path> work = Files.list(dir.resolve("cache"))) {
            assertThat(beside).containsExactly(script);
            assertThat(work).containsExactly(speech);
        }
    }

    @Test
    void aPlainColourWithNothingOnItFillsTheFrame() throws Exception {
        Preview preview = Scriptcast.preview(new RenderRequest(script("Red all over."),
                config().set("background.source", "#C01020", "test"), 1), 200);

        assertThat(preview.width()).isEqualTo(320);
        assertThat(preview.height()).isEqualTo(180);
        assertThat(Arrays.stream(preview.argb()).map(p -> p & 0xFFFFFF).distinct()).containsExactly(0xC01020);
        BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(preview.png()));
        assertThat(png.getRGB(160, 90) & 0xFFFFFF).isEqualTo(0xC01020);
    }

    /** The lip-synced portrait hands its frames over in order; a frame far into the segment is still drawn. */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES) // a hang guard, not a speed check
    void aNeuralPresenterFarIntoASegmentIsDrawn() throws Exception {
        Path script = script("This one sentence is long enough to say for a few seconds, with a portrait talking.");
        ConfigValues plain = config().set("background.source", "#000000", "test");
        ConfigValues neural = config().set("background.source", "#000000", "test")
                .set("avatar.lipsync_model", Path.of(getClass().getResource("/lipsync/tiny-96.onnx").toURI()).toString(),
                        "test")
                .set("avatar.image", Path.of("target/test-data/astronaut.png").toAbsolutePath().toString(), "test")
                .set("avatar.batch_size", 2, "test");

        Preview preview = Scriptcast.preview(new RenderRequest(script, neural, 2), 2_500);

        assertThat(preview.frameMs()).isEqualTo(2_500);
        long portrait = Arrays.stream(preview.argb()).filter(p -> (p & 0xFFFFFF) != 0).count();
        assertThat(portrait).as("pixels of the portrait").isGreaterThan(320 * 180 / 20);
        assertThat(Scriptcast.preview(new RenderRequest(script, plain, 2), 2_500).argb()).containsOnly(0xFF000000);
    }

    @Test
    void badInputFailsAsTheRenderWould() throws Exception {
        Path blank = script("  \n\n");
        assertThatThrownBy(() -> Scriptcast.preview(new RenderRequest(blank, config(), 1), 0))
                .isInstanceOf(InputException.class).hasMessageEndingWith("the script has no text to speak");
        Path fine = script("Hi.");
        assertThatThrownBy(() -> Scriptcast.preview(new RenderRequest(fine,
                config().set("background.source", "/no/such/picture.png", "test"), 1), 0))
                .isInstanceOf(InputException.class).hasMessageContaining("picture.png");
    }

    private static long entries(Path speech) throws IOException {
        if (!Files.isDirectory(speech)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(speech)) {
            return files.filter(f -> f.toString().endsWith(".speech")).count();
        }
    }

    /** The decoded pictures at the given frame numbers, in order. */
    private static List<BufferedImage> decode(Path video, int... indices) throws IOException {
        BufferedImage[] found = new BufferedImage[indices.length];
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile());
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            grabber.start();
            int index = 0;
            for (Frame f; (f = grabber.grabImage()) != null; index++) {
                for (int i = 0; i < indices.length; i++) {
                    if (indices[i] == index) {
                        BufferedImage copy = new BufferedImage(f.imageWidth, f.imageHeight, BufferedImage.TYPE_INT_RGB);
                        copy.getGraphics().drawImage(converter.convert(f), 0, 0, null);
                        found[i] = copy;
                    }
                }
            }
            grabber.stop();
        }
        assertThat(found).doesNotContainNull();
        return List.of(found);
    }

    /** Mean absolute difference per colour channel, 0..255. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
