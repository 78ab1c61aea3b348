package dev.scriptcast.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportHtmlTest {
    private static final int LINE_RGB = 0x1f3b73;
    @TempDir
    Path dir;

    @BeforeEach
    void needsChromium() {
        assertThat(HeadlessChromium.available())
                .as("chromium is not installed: apt-get install chromium (scripts/test.sh installs it as root)")
                .isTrue();
    }

    private static RunMetrics shortRun() throws Exception {
        try (Telemetry t = Telemetry.start(50, "libnvidia-ml-absent.so.1")) {
            t.stage("tts_generation", () -> busy(400));
            t.stage("audio_mixing", () -> {
                Thread.sleep(250);
                return null;
            });
            t.stage("video_composition", () -> busy(400));
            return t.finish();
        }
    }

    private static double busy(long wallMs) {
        long end = System.nanoTime() + wallMs * 1_000_000L;
        double acc = 0;
        while (System.nanoTime() < end) {
            acc += Math.sqrt(acc + 1);
        }
        return acc;
    }

    @Test
    void reportLoadsWithoutConsoleErrorsAndTheScreenshotShowsTheChart() throws Exception {
        MetricsWriter.write(dir, java.util.Map.of(), shortRun());
        Path png = dir.resolve("report.png");
        List<String> console = HeadlessChromium.screenshot(dir.resolve(MetricsWriter.REPORT_HTML), png, dir);
        assertThat(console).isEmpty();
        BufferedImage shot = ImageIO.read(png.toFile());
        int[] band = bandBox(shot, blendOverWhite(0x4e79a7, 0.22));
        assertThat(band).as("the first stage's band is drawn").isNotNull();
        assertThat(band[2] - band[0]).isGreaterThan(100);
        int linePixels = count(shot, LINE_RGB, 0, 0, shot.getWidth(), shot.getHeight());
        assertThat(linePixels).as("the CPU line is drawn").isGreaterThan(300);
        int inBand = count(shot, LINE_RGB, band[0], band[1], band[2], band[3]);
        assertThat(inBand).as("the CPU line crosses the first stage's band").isGreaterThan(20);
    }

    @Test
    void consoleErrorsOfAPageAreCaught() throws Exception {
        Path page = dir.resolve("broken.html");
        Files.writeString(page, "<html><body><script>undefinedFunction();</script></body></html>");
        List<String> console = HeadlessChromium.screenshot(page, dir.resolve("broken.png"), dir);
        assertThat(console).anySatisfy(l -> assertThat(l).contains("undefinedFunction is not defined"));
    }

    private static int blendOverWhite(int rgb, double alpha) {
        int r = (int) Math.round(255 + (((rgb >> 16) & 255) - 255) * alpha);
        int g = (int) Math.round(255 + (((rgb >> 8) & 255) - 255) * alpha);
        int b = (int) Math.round(255 + ((rgb & 255) - 255) * alpha);
        return (r << 16) | (g << 8) | b;
    }

    private static boolean near(int a, int b) {
        return Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) < 12 && Math.abs(((a >> 8) & 255) - ((b >> 8) & 255)) < 12
                && Math.abs((a & 255) - (b & 255)) < 12;
    }

    /** Bounding box {x0, y0, x1, y1} of the pixels of one colour, or null when there are none. */
    private static int[] bandBox(BufferedImage img, int rgb) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (near(img.getRGB(x, y) & 0xffffff, rgb)) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1, y1};
    }

    private static int count(BufferedImage img, int rgb, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < Math.min(y1, img.getHeight()); y++) {
            for (int x = x0; x < Math.min(x1, img.getWidth()); x++) {
                int p = img.getRGB(x, y) & 0xffffff;
                if (Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) < 40
                        && Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255)) < 40
                        && Math.abs((p & 255) - (rgb & 255)) < 40) {
                    n++;
                }
            }
        }
        return n;
    }
}
