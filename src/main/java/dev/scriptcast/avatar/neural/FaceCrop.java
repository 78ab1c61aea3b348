package dev.scriptcast.avatar.neural;

import dev.scriptcast.compose.Rect;

/**
 * Turns the face region of a frame into the model's (6,S,S) face stack: channels 0–2 are the crop with its lower
 * half blanked (the part the model must draw from the audio), channels 3–5 the whole crop as a reference, all in
 * BGR order and scaled to [0, 1].
 */
final class FaceCrop {
    private FaceCrop() {
    }

    static float[] stack(int[] argb, int imageWidth, Rect box, int size) {
        float[] out = new float[6 * size * size];
        int plane = size * size;
        for (int row = 0; row < size; row++) {
            double sy = box.y() + (row + 0.5) * box.h() / size - 0.5;
            for (int col = 0; col < size; col++) {
                double sx = box.x() + (col + 0.5) * box.w() / size - 0.5;
                int rgb = bilinear(argb, imageWidth, box, sx, sy);
                int i = row * size + col;
                float b = (rgb & 0xFF) / 255f;
                float g = ((rgb >> 8) & 0xFF) / 255f;
                float r = ((rgb >> 16) & 0xFF) / 255f;
                out[3 * plane + i] = b;
                out[4 * plane + i] = g;
                out[5 * plane + i] = r;
                if (row < size / 2) {
                    out[i] = b;
                    out[plane + i] = g;
                    out[2 * plane + i] = r;
                }
            }
        }
        return out;
    }

    /** Bilinear sample of an opaque ARGB image, clamped to the box so no pixel outside the face leaks in. */
    private static int bilinear(int[] argb, int width, Rect box, double x, double y) {
        double cx = Math.clamp(x, box.x(), box.x() + box.w() - 1);
        double cy = Math.clamp(y, box.y(), box.y() + box.h() - 1);
        int x0 = (int) cx;
        int y0 = (int) cy;
        int x1 = Math.min(x0 + 1, box.x() + box.w() - 1);
        int y1 = Math.min(y0 + 1, box.y() + box.h() - 1);
        double fx = cx - x0;
        double fy = cy - y0;
        int p00 = argb[y0 * width + x0];
        int p01 = argb[y0 * width + x1];
        int p10 = argb[y1 * width + x0];
        int p11 = argb[y1 * width + x1];
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double top = ((p00 >> shift) & 0xFF) * (1 - fx) + ((p01 >> shift) & 0xFF) * fx;
            double bottom = ((p10 >> shift) & 0xFF) * (1 - fx) + ((p11 >> shift) & 0xFF) * fx;
            out |= (int) Math.round(top * (1 - fy) + bottom * fy) << shift;
        }
        return out;
    }
}
