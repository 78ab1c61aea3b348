package dev.scriptcast.visual;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.base.RotatedJpeg;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.VideoFormat;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhoneImageBackgroundTest {
    @TempDir
    Path dir;

    @Test
    void aBackgroundPhotoTakenWithAPhoneIsUpright() throws IOException {
        VideoFormat fmt = new VideoFormat(RotatedJpeg.UPRIGHT_WIDTH, RotatedJpeg.UPRIGHT_HEIGHT, 25);
        Background background = Backgrounds.open(RotatedJpeg.write(dir.resolve("phone.jpg")).toString(), fmt, false);
        Canvas canvas = new Canvas(fmt.width(), fmt.height());
        background.layer().draw(0, canvas);

        int middle = fmt.height() / 2 * fmt.width();
        assertThat(RotatedJpeg.uprightAt(canvas.argb()[middle + 8], 8)).as("left is blue").isTrue();
        assertThat(RotatedJpeg.uprightAt(canvas.argb()[middle + 56], 56)).as("right is red").isTrue();
    }
}
