package dev.scriptcast.avatar.neural;

import dev.scriptcast.compose.Sprite;

/**
 * Turns a model output into a patch to blend over the face box: resized to the box, colour-matched to the face
 * under a feathered lower-face mask, with the mask as alpha. The mask fades to zero well inside the box, so no
 * rectangle edge can show, and matching mean and spread per channel hides a model's colour cast.
 */
final class PasteBack {
    /** Spread ratios beyond these come from a nearly flat patch, where matching would only amplify noise. */
    private static final double MIN_GAIN = 0.5;
    private static final double MAX_GAIN = 2.0;

    private final int width;
    private final int height;
    private final float[] mask;
    private final double[] targetMean = new double[3];
    private final double[] targetStd = new double[3];

    /**
     * @param face the face region of the frame the patch goes over, opaque ARGB of the box's size; its colours
     *             under the mask are the target of the colour matching
     */
    PasteBack(int[] face, int width, int height) {
        this.width = width;
        this.height = height;
        this.mask = lowerFaceMask(width, height);
        stats(face, targetMean, targetStd);
    }

    /**
     * Feathered ellipse over mouth, jaw and chin: full inside 70 % of its radius, smooth to zero at the rim,
     * centred low in the box where the model redraws the face.
     */
    static float[] lowerFaceMask(int width, int height) {
        float[] m = new float[width * height];
        for (int y = 0; y < height; y++) {
            double dy = ((y + 0.5) / height - 0.68) / 0.29;
            for (int x = 0; x < width; x++) {
                double dx = ((x + 0.5) / width - 0.5) / 0.38;
                double r = Math.sqrt(dx * dx + dy * dy);
                double t = Math.clamp((1.0 - r) / 0.3, 0.0, 1.0);
                m[y * width + x] = (float) (t * t * (3 - 2 * t));
            }
        }
        return m;
    }

    /** @param output one frame of model output: BGR planes of size×size in [0, 1] */
    Sprite patch(float[] output, int size) {
        int[] rgb = resize(output, size);
        double[] mean = new double[3];
        double[] std = new double[3];
        stats(rgb, mean, std);
        double[] gain = new double[3];
        double[] offset = new double[3];
        for (int c = 0; c < 3; c++) {
            gain[c] = Math.clamp(std[c] > 1e-6 ? targetStd[c] / std[c] : 1.0, MIN_GAIN, MAX_GAIN);
            offset[c] = targetMean[c] - gain[c] * mean[c];
        }
        int[] out = new int[width * height];
        for (int i = 0; i < out.length; i++) {
            float a = mask[i];
            if (a <= 0) {
                continue;
            }
            int p = rgb[i];
            int alpha = Math.round(a * 255);
            int r = premultiplied((p >> 16) & 0xFF, gain[2], offset[2], alpha);
            int g = premultiplied((p >> 8) & 0xFF, gain[1], offset[1], alpha);
            int b = premultiplied(p & 0xFF, gain[0], offset[0], alpha);
            out[i] = alpha << 24 | r << 16 | g << 8 | b;
        }
        return new Sprite(out, width, height);
    }

    private static int premultiplied(int value, double gain, double offset, int alpha) {
        int v = (int) Math.clamp(Math.round(value * gain + offset), 0, 255);
        return v * alpha / 255;
    }

    /** Bilinear resize of the BGR planes to the box, as opaque RGB ints. */
    private int[] resize(float[] bgr, int size) {
        int plane = size * size;
        int[] out = new int[width * height];
        for (int y = 0; y < height; y++) {
            double sy = Math.clamp((y + 0.5) * size / height - 0.5, 0, size - 1);
            int y0 = (int) sy;
            int y1 = Math.min(y0 + 1, size - 1);
            double fy = sy - y0;
            for (int x = 0; x < width; x++) {
                if (mask[y * width + x] <= 0) {
                    continue;
                }
                double sx = Math.clamp((x + 0.5) * size / width - 0.5, 0, size - 1);
                int x0 = (int) sx;
                int x1 = Math.min(x0 + 1, size - 1);
                double fx = sx - x0;
                int pixel = 0xFF000000;
                for (int c = 0; c < 3; c++) {
                    int base = c * plane;
                    double top = bgr[base + y0 * size + x0] * (1 - fx) + bgr[base + y0 * size + x1] * fx;
                    double bottom = bgr[base + y1 * size + x0] * (1 - fx) + bgr[base + y1 * size + x1] * fx;
                    int v = (int) Math.clamp(Math.round((top * (1 - fy) + bottom * fy) * 255), 0, 255);
                    pixel |= v << (8 * c);
                }
                out[y * width + x] = pixel;
            }
        }
        return out;
    }

    /** Mask-weighted mean and standard deviation per channel, index 0 = blue, 2 = red. */
    private void stats(int[] rgb, double[] mean, double[] std) {
        double weight = 0;
        double[] sum = new double[3];
        double[] sq = new double[3];
        for (int i = 0; i < rgb.length; i++) {
            double w = mask[i];
            if (w <= 0) {
                continue;
            }
            weight += w;
            for (int c = 0; c < 3; c++) {
                double v = (rgb[i] >> (8 * c)) & 0xFF;
                sum[c] += w * v;
                sq[c] += w * v * v;
            }
        }
        for (int c = 0; c < 3; c++) {
            mean[c] = weight > 0 ? sum[c] / weight : 0;
            std[c] = weight > 0 ? Math.sqrt(Math.max(0, sq[c] / weight - mean[c] * mean[c])) : 0;
        }
    }
}
