package dev.scriptcast.avatar.photo;

import dev.scriptcast.avatar.Rig.Placed;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.Sprite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * A rectangle of the photo being re-rendered: a warp gives its new pixels, soft masks paint over them, and
 * its edges fade out so the sprite sits on the untouched photo without a seam.
 */
final class Region {
    final Rect rect;
    private final float[] mapX;
    private final float[] mapY;
    private int[] rgb;

    Region(Rect rect) {
        this.rect = rect;
        mapX = new float[rect.w() * rect.h()];
        mapY = new float[rect.w() * rect.h()];
        for (int y = 0; y < rect.h(); y++) {
            for (int x = 0; x < rect.w(); x++) {
                mapX[y * rect.w() + x] = rect.x() + x;
                mapY[y * rect.w() + x] = rect.y() + y;
            }
        }
    }

    /** Sets where pixel (x, y), in photo coordinates, takes its colour from. */
    void source(int x, int y, double srcX, double srcY) {
        int i = (y - rect.y()) * rect.w() + (x - rect.x());
        mapX[i] = (float) srcX;
        mapY[i] = (float) srcY;
    }

    /** Resamples the photo through the map (bilinear), giving the region's warped pixels. */
    void warp(Mat photoBgr) {
        Mat mx = floats(mapX);
        Mat my = floats(mapY);
        Mat out = new Mat();
        opencv_imgproc.remap(photoBgr, out, mx, my, opencv_imgproc.INTER_LINEAR, opencv_core.BORDER_REPLICATE,
                new org.bytedeco.opencv.opencv_core.Scalar(0.0));
        rgb = new int[rect.w() * rect.h()];
        try (UByteIndexer idx = out.createIndexer()) {
            for (int y = 0; y < rect.h(); y++) {
                for (int x = 0; x < rect.w(); x++) {
                    int b = idx.get(y, x, 0);
                    int g = idx.get(y, x, 1);
                    int r = idx.get(y, x, 2);
                    rgb[y * rect.w() + x] = (r << 16) | (g << 8) | b;
                }
            }
        }
    }

    /** Mixes {@code color} in where {@code shape} (photo coordinates) lies, edges blurred by {@code blurPx}. */
    void paint(Shape shape, int color, double strength, double blurPx) {
        float[] mask = mask(shape, blurPx);
        for (int i = 0; i < rgb.length; i++) {
            double t = mask[i] * strength;
            if (t > 0) {
                rgb[i] = mix(rgb[i], color, t);
            }
        }
    }

    /** Darkens where {@code shape} lies: a shadow or a lash line. */
    void shade(Shape shape, double factor, double blurPx) {
        float[] mask = mask(shape, blurPx);
        for (int i = 0; i < rgb.length; i++) {
            double t = mask[i];
            if (t > 0) {
                int c = rgb[i];
                int r = (int) (((c >> 16) & 0xFF) * (1 - t + t * factor));
                int g = (int) (((c >> 8) & 0xFF) * (1 - t + t * factor));
                int b = (int) ((c & 0xFF) * (1 - t + t * factor));
                rgb[i] = (r << 16) | (g << 8) | b;
            }
        }
    }

    /** The region as a sprite whose alpha fades to zero over {@code featherPx} at every edge. */
    Placed sprite(double featherPx) {
        int w = rect.w();
        int h = rect.h();
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            double fy = smooth(Math.min(y + 0.5, h - y - 0.5) / featherPx);
            for (int x = 0; x < w; x++) {
                double a = fy * smooth(Math.min(x + 0.5, w - x - 0.5) / featherPx);
                int alpha = (int) Math.round(a * 255);
                int c = rgb[y * w + x];
                int r = ((c >> 16) & 0xFF) * alpha / 255;
                int g = ((c >> 8) & 0xFF) * alpha / 255;
                int b = (c & 0xFF) * alpha / 255;
                argb[y * w + x] = (alpha << 24) | (r << 16) | (g << 8) | b;
            }
        }
        return new Placed(new Sprite(argb, w, h), rect.x(), rect.y());
    }

    private float[] mask(Shape shape, double blurPx) {
        BufferedImage img = new BufferedImage(rect.w(), rect.h(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.translate(-rect.x(), -rect.y());
        g.setColor(java.awt.Color.WHITE);
        g.fill(shape);
        g.dispose();
        byte[] bytes = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        Mat m = new Mat(rect.h(), rect.w(), opencv_core.CV_8UC1);
        m.data().put(bytes);
        if (blurPx > 0.3) {
            opencv_imgproc.GaussianBlur(m, m, new Size(0, 0), blurPx);
        }
        float[] out = new float[bytes.length];
        try (UByteIndexer idx = m.createIndexer()) {
            for (int y = 0; y < rect.h(); y++) {
                for (int x = 0; x < rect.w(); x++) {
                    out[y * rect.w() + x] = idx.get(y, x) / 255f;
                }
            }
        }
        return out;
    }

    private Mat floats(float[] values) {
        Mat m = new Mat(rect.h(), rect.w(), opencv_core.CV_32FC1);
        try (FloatIndexer idx = m.createIndexer()) {
            idx.put(0L, values);
        }
        return m;
    }

    static double smooth(double t) {
        double c = Math.clamp(t, 0, 1);
        return c * c * (3 - 2 * c);
    }

    private static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return (r << 16) | (g << 8) | bl;
    }
}
