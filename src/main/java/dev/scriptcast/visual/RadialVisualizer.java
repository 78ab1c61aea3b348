package dev.scriptcast.visual;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.BoundedLayer;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.Sprite;

/**
 * Spokes of dots around a circle, mirrored left and right, reaching out with each band's level; silence
 * leaves a calm ring. The dots are anti-aliased sprites rendered once per spoke colour.
 */
final class RadialVisualizer implements BoundedLayer {
    private final Spectrum spectrum;
    private final int cx;
    private final int cy;
    private final double innerRadius;
    private final double reach;
    private final double step;
    private final double[] cos;
    private final double[] sin;
    private final Sprite[] dots;
    private final Rect bounds;

    RadialVisualizer(Spectrum spectrum, Rect area, Visualizers.Palette palette) {
        this.spectrum = spectrum;
        int size = Math.min(area.w(), area.h());
        int dot = Math.max(3, size / 40);
        cx = area.x() + area.w() / 2;
        cy = area.y() + area.h() / 2;
        innerRadius = size * 0.22;
        reach = size / 2.0 - innerRadius - dot;
        step = dot * 0.9;
        bounds = new Rect(cx - size / 2 - dot, cy - size / 2 - dot, size + 2 * dot, size + 2 * dot);
        int spokes = spectrum.bands() * 2;
        cos = new double[spokes];
        sin = new double[spokes];
        dots = new Sprite[spokes];
        for (int s = 0; s < spokes; s++) {
            double angle = Math.PI * (s + 0.5) / spectrum.bands() - Math.PI / 2;
            cos[s] = Math.cos(angle);
            sin[s] = Math.sin(angle);
            dots[s] = disc(dot, palette.argbAt(band(s) / (double) Math.max(1, spectrum.bands() - 1)));
        }
    }

    @Override
    public Rect bounds() {
        return bounds;
    }

    @Override
    public String name() {
        return "visualizer radial";
    }

    /** Spoke s shows band s on the right half and the mirror image on the left. */
    private int band(int spoke) {
        int bands = spectrum.bands();
        return spoke < bands ? spoke : 2 * bands - 1 - spoke;
    }

    @Override
    public void draw(int frameIndex, Canvas canvas) {
        int half = dots[0].width() / 2;
        for (int s = 0; s < dots.length; s++) {
            double length = spectrum.level(frameIndex, band(s)) * reach;
            int count = 1 + (int) (length / step);
            for (int d = 0; d < count; d++) {
                double r = innerRadius + d * step;
                canvas.blend(dots[s], (int) Math.round(cx + r * cos[s]) - half,
                        (int) Math.round(cy + r * sin[s]) - half);
            }
        }
    }

    private static Sprite disc(int size, int argb) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(argb, true));
        g.fillOval(0, 0, size, size);
        g.dispose();
        return Sprite.of(img);
    }
}
