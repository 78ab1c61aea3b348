package dev.scriptcast.avatar.neural;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.base.RotatedJpeg;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StillPortraitTest {
    @TempDir
    Path dir;

    @Test
    void aPortraitTakenWithAPhoneIsUpright() throws IOException {
        BufferedImage image = StillPortrait.read(RotatedJpeg.write(dir.resolve("phone.jpg")), "--avatar-image");

        assertThat(image.getWidth()).isEqualTo(RotatedJpeg.UPRIGHT_WIDTH);
        assertThat(image.getHeight()).isEqualTo(RotatedJpeg.UPRIGHT_HEIGHT);
        assertThat(RotatedJpeg.uprightAt(image.getRGB(8, 64), 8)).as("left is blue").isTrue();
        assertThat(RotatedJpeg.uprightAt(image.getRGB(56, 64), 56)).as("right is red").isTrue();
    }
}
