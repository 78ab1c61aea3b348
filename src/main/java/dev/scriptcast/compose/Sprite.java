package dev.scriptcast.compose;

import java.awt.image.BufferedImage;

/** A pre-rendered image in premultiplied ARGB, ready to blend many times. */
public record Sprite(int[] argb, int width, int height) {

    /** Converts any image (drawn once with Java2D, decoded, …) to a premultiplied sprite. */
    public static Sprite of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage pre = image;
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            pre = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            var g = pre.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        int[] pixels = new int[w * h];
        pre.getRGB(0, 0, w, h, pixels, 0, w);
        // getRGB un-premultiplies; premultiply again so blending needs no division.
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = premultiply(pixels[i]);
        }
        return new Sprite(pixels, w, h);
    }

    static int premultiply(int argb) {
        int a = argb >>> 24;
        int r = ((argb >> 16) & 0xFF) * a / 255;
        int g = ((argb >> 8) & 0xFF) * a / 255;
        int b = (argb & 0xFF) * a / 255;
        return (a << 24) | (r << 16) | (g << 8) | b;
    }
}
