package dev.scriptcast.pipeline;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * One frame of a video as its render would draw it, without the video: {@code argb} is packed row by row,
 * {@code width} to a row; {@code frameMs} is the time the frame shows (the last frame's when more was asked).
 */
public record Preview(int width, int height, long frameMs, int[] argb) {
    public BufferedImage image() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }

    public byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(width * height);
        try {
            ImageIO.write(image(), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG in memory", e);
        }
        return out.toByteArray();
    }
}
