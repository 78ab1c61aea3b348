package dev.scriptcast.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFileTest {
    @TempDir
    Path dir;

    @Test
    void aPhoneJpegIsReadUprightByItsExifOrientation() throws IOException {
        BufferedImage image = ImageFile.readArgb(RotatedJpeg.write(dir.resolve("phone.jpg")), "--avatar-image");

        assertThat(image.getWidth()).isEqualTo(RotatedJpeg.UPRIGHT_WIDTH);
        assertThat(image.getHeight()).isEqualTo(RotatedJpeg.UPRIGHT_HEIGHT);
        assertThat(RotatedJpeg.uprightAt(image.getRGB(8, 64), 8)).as("left is blue").isTrue();
        assertThat(RotatedJpeg.uprightAt(image.getRGB(56, 64), 56)).as("right is red").isTrue();
    }

    @Test
    void aMissingOrUndecodableFileIsOneLineNamingTheFlag() throws IOException {
        Path missing = dir.resolve("nope.png");
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");

        assertThatThrownBy(() -> ImageFile.read(missing, "avatar.image")).isInstanceOf(InputException.class)
                .hasMessage("avatar.image " + missing + " does not exist");
        assertThatThrownBy(() -> ImageFile.readArgb(text, "avatar.image")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("avatar.image " + text + ": cannot read it as an image")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(ImageFile.tryRead(text)).isEmpty();
    }
}
