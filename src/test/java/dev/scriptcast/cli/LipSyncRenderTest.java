package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scriptcast.avatar.Placement;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.visual.Layout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Renders with a neural lip-sync model through the command line, on the CPU, checked by decoding the MP4. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LipSyncRenderTest {
    @TempDir
    static Path dir;
    Path script;
    Path config;
    Path portrait;

    @BeforeAll
    void writeInputs() throws IOException {
        script = Files.writeString(dir.resolve("talk.md"), "# Lip sync\n\nHello there, how are you today?\n");
        config = Files.writeString(dir.resolve("test.yaml"), "work:\n  dir: " + dir.resolve("cache")
                + "\nvideo:\n  size: 640x360\n  fps: 25\navatar:\n  position: right\n  scale: 1.0\n"
                + "  batch_size: 8\n");
        String env = System.getenv("SCRIPTCAST_TEST_PORTRAIT");
        portrait = Path.of(env != null && !env.isBlank() ? env : "target/test-data/astronaut.png");
        assertThat(portrait).as("test portrait (scripts/test.sh fetches it)").isRegularFile();
    }

    private CliRun render(String... extra) {
        List<String> args = new ArrayList<>(List.of("render", script.toString(), "--config", config.toString(),
                "--quiet"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static String model(String name) {
        return Path.of("src/test/resources/lipsync", name).toString();
    }

    @Test
    void aPortraitSpeaksWithTheMouthMovingAndTheReportSaysWhereTheModelRan() throws Exception {
        Path out = dir.resolve("talk.mp4");
        CliRun run = render("--lipsync-model", model("tiny-96.onnx"), "--avatar-image", portrait.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        JsonNode metrics = new ObjectMapper().readTree(dir.resolve("talk.report/metrics.json").toFile());
        JsonNode lipsync = metrics.path("facts").path("lipSync");
        assertThat(lipsync.path("provider").asText()).isIn("CPU", "CUDA");
        assertThat(lipsync.path("providerReason").asText()).isNotBlank();
        assertThat(lipsync.path("frames").asInt()).isEqualTo(metrics.path("facts").path("video").path("frames").asInt());
        assertThat(lipsync.path("framesPerSecond").asDouble()).isPositive();
        JsonNode steps = lipsync.path("steps");
        for (String step : List.of("melMs", "cropMs", "modelMs", "unpackMs", "pasteMs")) {
            assertThat(steps.path(step).asDouble()).as(step).isPositive();
        }
        assertThat(Files.readString(dir.resolve("talk.report/report.md"))).contains("paste-back");

        // The avatar is the square astronaut picture placed right: her mouth is near (0.40..0.48, 0.28..0.31) of
        // it, her shoulder patch near (0.07..0.21, 0.69..0.76), outside the face.
        VideoFormat format = new VideoFormat(640, 360, 25);
        Rect area = Layout.forFormat(format, true, false, false).avatar();
        Rect at = Placement.box(area, "right", 1.0, 1.0);
        List<double[]> mouth = new ArrayList<>();
        List<double[]> shoulder = new ArrayList<>();
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(out.toFile());
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            g.start();
            for (Frame f; (f = g.grabImage()) != null; ) {
                BufferedImage image = converter.convert(f);
                mouth.add(mean(image, at, 0.40, 0.28, 0.08, 0.035));
                shoulder.add(mean(image, at, 0.07, 0.69, 0.14, 0.07));
            }
        }
        assertThat(mouth.size()).isGreaterThan(25);
        assertThat(spread(mouth)).as("the mouth changes with the speech").isGreaterThan(4 * spread(shoulder) + 1);
    }

    @Test
    void aModelOfAnotherKindStopsTheRunInOneLine() {
        CliRun run = render("--lipsync-model", model("mismatched.onnx"), "--avatar-image", portrait.toString(),
                "-o", dir.resolve("bad.mp4").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().getFirst()).contains("mismatched.onnx", "(B,1,80,16)");
    }

    @Test
    void aModelWithoutAPictureOrAClipIsRefused() {
        CliRun run = render("--lipsync-model", model("tiny-96.onnx"), "-o", dir.resolve("bad.mp4").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "scriptcast: --lipsync-model " + model("tiny-96.onnx") + " needs --avatar-image or --avatar-video");
    }

    @Test
    void aMissingPortraitIsNamedBeforeAnySpeechIsMade() {
        Path missing = dir.resolve("nobody.png");
        CliRun run = render("--lipsync-model", model("tiny-96.onnx"), "--avatar-image", missing.toString(),
                "-o", dir.resolve("bad.mp4").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("scriptcast: --avatar-image " + missing + " does not exist");
    }

    private static double[] mean(BufferedImage image, Rect at, double fx, double fy, double fw, double fh) {
        int x = at.x() + (int) (fx * at.w());
        int y = at.y() + (int) (fy * at.h());
        int w = Math.max(1, (int) (fw * at.w()));
        int h = Math.max(1, (int) (fh * at.h()));
        double[] sum = new double[3];
        for (int row = y; row < y + h; row++) {
            for (int col = x; col < x + w; col++) {
                int p = image.getRGB(col, row);
                sum[0] += (p >> 16) & 0xFF;
                sum[1] += (p >> 8) & 0xFF;
                sum[2] += p & 0xFF;
            }
        }
        for (int c = 0; c < 3; c++) {
            sum[c] /= (double) w * h;
        }
        return sum;
    }

    /** Largest range over the frames of any channel's mean. */
    private static double spread(List<double[]> means) {
        double worst = 0;
        for (int c = 0; c < 3; c++) {
            final int channel = c;
            double lo = means.stream().mapToDouble(m -> m[channel]).min().orElse(0);
            double hi = means.stream().mapToDouble(m -> m[channel]).max().orElse(0);
            worst = Math.max(worst, hi - lo);
        }
        return worst;
    }
}
