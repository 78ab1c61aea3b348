package dev.scriptcast.visual;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.base.InputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundsTest {
    static final VideoFormat FMT = new VideoFormat(160, 160, 25);

    @TempDir
    Path dir;

    static int[] drawn(Layer layer) {
        Canvas c = new Canvas(FMT.width(), FMT.height());
        layer.draw(0, c);
        return c.argb();
    }

    @Test
    void hexColourFillsTheFrame() {
        int[] px = drawn(Backgrounds.create("#336699", FMT));
        assertThat(px).containsOnly(0xFF336699);
    }

    @Test
    void gradientChangesFromCornerToCorner() {
        int[] px = drawn(Backgrounds.create("gradient", FMT));
        assertThat(px[0]).isNotEqualTo(px[px.length - 1]);
        assertThat(px[0] >>> 24).isEqualTo(0xFF);
    }

    @Test
    void wideImageIsScaledToCoverAndCentreCropped() throws Exception {
        BufferedImage img = new BufferedImage(400, 100, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.BLUE);
        g.fillRect(200, 0, 200, 100);
        g.dispose();
        Path file = dir.resolve("wide.png");
        ImageIO.write(img, "png", file.toFile());

        int[] px = drawn(Backgrounds.create(file.toString(), FMT));

        assertThat(px[80 * 160 + 10]).isEqualTo(0xFFFF0000);
        assertThat(px[80 * 160 + 150]).isEqualTo(0xFF0000FF);
        assertThat(px[0]).isEqualTo(0xFFFF0000);
    }

    @Test
    void unknownColourIsAnInputErrorNamingIt() {
        assertThatThrownBy(() -> Backgrounds.create("#12345G", FMT))
                .isInstanceOf(InputException.class).hasMessageContaining("#12345G").hasMessageNotContaining("\n");
    }

    @Test
    void corruptImageIsAnInputErrorNamingTheFile() throws Exception {
        Path file = dir.resolve("broken.jpg");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5});
        assertThatThrownBy(() -> Backgrounds.create(file.toString(), FMT))
                .isInstanceOf(InputException.class).hasMessageContaining("broken.jpg");
    }

    @Test
    void missingFileIsAnInputErrorNamingIt() {
        assertThatThrownBy(() -> Backgrounds.create("no/such/picture.png", FMT))
                .isInstanceOf(InputException.class).hasMessageContaining("no/such/picture.png");
    }
}
