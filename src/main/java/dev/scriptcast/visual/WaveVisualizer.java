package dev.scriptcast.visual;

import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.BoundedLayer;
import dev.scriptcast.compose.Rect;

/**
 * Two interleaved sine traces whose local amplitude follows the spectrum across the width: speech makes
 * them swell and travel, silence leaves one still, flat line.
 */
final class WaveVisualizer implements BoundedLayer {
    private static final double CYCLES = 3.5;
    private static final double PHASE_PER_FRAME = 0.22;

    private final Spectrum spectrum;
    private final Rect area;
    private final int[] colors;
    private final double[] carrier;
    private final int thickness;

    WaveVisualizer(Spectrum spectrum, Rect area, Visualizers.Palette palette) {
        this.spectrum = spectrum;
        this.area = area;
        thickness = Math.max(2, area.h() / 40);
        colors = new int[area.w()];
        carrier = new double[area.w()];
        for (int x = 0; x < area.w(); x++) {
            double t = x / (double) Math.max(1, area.w() - 1);
            colors[x] = palette.argbAt(t);
            carrier[x] = 2 * Math.PI * CYCLES * t;
        }
    }

    @Override
    public Rect bounds() {
        return new Rect(area.x(), area.y() - thickness, area.w(), area.h() + 2 * thickness);
    }

    @Override
    public String name() {
        return "visualizer wave";
    }

    @Override
    public void draw(int frameIndex, Canvas canvas) {
        double phase = frameIndex * PHASE_PER_FRAME;
        double reach = area.h() / 2.0 - thickness;
        int mid = area.y() + area.h() / 2;
        int prevA = mid;
        int prevB = mid;
        for (int x = 0; x < area.w(); x++) {
            double amp = envelope(frameIndex, x) * reach;
            int a = mid + (int) Math.round(amp * Math.sin(carrier[x] + phase));
            int b = mid - (int) Math.round(amp * 0.6 * Math.sin(carrier[x] * 1.5 - phase));
            column(canvas, area.x() + x, prevA, a, colors[x]);
            column(canvas, area.x() + x, prevB, b, colors[colors.length - 1 - x]);
            prevA = a;
            prevB = b;
        }
    }

    /** Band levels spread across the width, eased to zero at both ends so the line stays anchored. */
    private double envelope(int frame, int x) {
        int bands = spectrum.bands();
        double pos = x / (double) area.w() * (bands - 1);
        int i = (int) pos;
        double f = pos - i;
        double level = spectrum.level(frame, i) * (1 - f) + spectrum.level(frame, Math.min(bands - 1, i + 1)) * f;
        return level * Math.sin(Math.PI * x / area.w());
    }

    private void column(Canvas canvas, int x, int y0, int y1, int argb) {
        int top = Math.min(y0, y1) - thickness / 2;
        int bottom = Math.max(y0, y1) + (thickness + 1) / 2;
        Pixels.fillRect(canvas, x, top, 1, bottom - top, argb);
    }
}
