package dev.scriptcast.base;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A JPEG as a phone held upright writes it: the sensor's landscape pixels plus EXIF Orientation 6 ("rotate 90°
 * clockwise to view"). Stored 128×64 with the top half red and the bottom half blue, so seen upright it is
 * 64×128 with the right half red and the left half blue.
 */
public final class RotatedJpeg {
    public static final int UPRIGHT_WIDTH = 64;
    public static final int UPRIGHT_HEIGHT = 128;

    private RotatedJpeg() {}

    public static Path write(Path file) throws IOException {
        BufferedImage stored = new BufferedImage(UPRIGHT_HEIGHT, UPRIGHT_WIDTH, BufferedImage.TYPE_INT_RGB);
        var g = stored.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, UPRIGHT_HEIGHT, UPRIGHT_WIDTH / 2);
        g.setColor(Color.BLUE);
        g.fillRect(0, UPRIGHT_WIDTH / 2, UPRIGHT_HEIGHT, UPRIGHT_WIDTH / 2);
        g.dispose();
        ByteArrayOutputStream jfif = new ByteArrayOutputStream();
        ImageIO.write(stored, "jpg", jfif);
        byte[] plain = jfif.toByteArray();
        if (plain[2] != (byte) 0xFF || plain[3] != (byte) 0xE0) {
            throw new IllegalStateException("expected the JPEG writer to start with a JFIF segment");
        }
        // Replace the JFIF APP0 segment after SOI with an Exif APP1 segment, as cameras write.
        int app0Length = (plain[4] & 0xFF) << 8 | plain[5] & 0xFF;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(exifOrientation6());
        out.write(plain, 4 + app0Length, plain.length - 4 - app0Length);
        return Files.write(file, out.toByteArray());
    }

    /** APP1 "Exif": a big-endian TIFF header and IFD0 holding one entry, Orientation (0x0112) = 6. */
    private static byte[] exifOrientation6() {
        return new byte[] {
            (byte) 0xFF, (byte) 0xE1, 0, 34,
            'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8,
            0, 1,
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0,
            0, 0, 0, 0};
    }

    /** Whether an ARGB pixel in column {@code x} of the upright picture has the colour expected there. */
    public static boolean uprightAt(int argb, int x) {
        int r = argb >> 16 & 0xFF;
        int b = argb & 0xFF;
        return x >= UPRIGHT_WIDTH / 2 ? r > 200 && b < 60 : b > 200 && r < 60;
    }
}
