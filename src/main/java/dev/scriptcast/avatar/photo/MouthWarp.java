package dev.scriptcast.avatar.photo;

import dev.scriptcast.avatar.Rig.Placed;
import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.compose.Rect;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.Area;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Re-renders the mouth of a photo for each shape: the jaw drops through a smooth warp, the opening is
 * darkened, teeth show where the shape has them, and closed shapes press the lips together.
 */
final class MouthWarp {
    private static final int INSIDE = 0x2A0D0F;
    private static final int TEETH = 0xE4DFD6;
    private static final int TONGUE = 0x8E3B43;

    /** Opening as a fraction of the mouth box height, and width relative to the resting mouth. */
    private record Pose(double open, double width, boolean upperTeeth, boolean lowerTeeth) {}

    private final Mat photo;
    private final Rect mouth;
    private final Rect region;
    private final int lipColor;

    MouthWarp(Mat photo, Rect mouth) {
        this.photo = photo;
        this.mouth = mouth;
        this.lipColor = lipColor(photo, mouth);
        int x0 = Math.max(0, mouth.x() - mouth.w() * 9 / 20);
        int x1 = Math.min(photo.cols(), mouth.x() + mouth.w() + mouth.w() * 9 / 20);
        int y0 = Math.max(0, mouth.y() - mouth.h() * 6 / 5);
        int y1 = Math.min(photo.rows(), mouth.y() + mouth.h() * 4);
        region = new Rect(x0, y0, x1 - x0, y1 - y0);
    }

    private static Pose pose(MouthShape shape) {
        return switch (shape) {
            case A -> new Pose(0, 0.97, false, false);
            case B -> new Pose(0.22, 1.02, true, true);
            case C -> new Pose(0.5, 1.0, true, false);
            case D -> new Pose(0.85, 1.04, true, false);
            case E -> new Pose(0.6, 0.86, false, false);
            case F -> new Pose(0.32, 0.72, false, false);
            case G -> new Pose(0.14, 1.0, true, false);
            case H -> new Pose(0.55, 1.0, true, false);
            case X -> new Pose(0, 1.0, false, false);
        };
    }

    /** The widest the mouth gets: the box the report gives as the mouth. */
    Rect widest() {
        int drop = (int) Math.ceil(pose(MouthShape.D).open * mouth.h());
        int grow = (int) Math.ceil(mouth.w() * 0.02);
        return new Rect(mouth.x() - grow, mouth.y() - drop / 5, mouth.w() + 2 * grow, mouth.h() + drop + drop / 5);
    }

    /** The sprite for {@code shape}; null for the resting mouth, which is the photo itself. */
    Placed render(MouthShape shape) {
        if (shape == MouthShape.X) {
            return null;
        }
        Pose pose = pose(shape);
        double cx = mouth.x() + mouth.w() / 2.0;
        double cy = mouth.y() + mouth.h() / 2.0;
        double a = mouth.w() / 2.0;
        double b = mouth.h() / 2.0;
        double open = pose.open * mouth.h();
        double below = region.y() + region.h() - cy;
        Region r = new Region(region);
        for (int y = region.y(); y < region.y() + region.h(); y++) {
            double v = y - cy;
            for (int x = region.x(); x < region.x() + region.w(); x++) {
                double u = (x - cx) / (region.w() / 2.0);
                double across = bump(u);
                double dy;
                if (v <= 0) {
                    dy = open > 0 ? 0.2 * open * bump(v / (1.6 * b)) : -0.25 * b * bump(v / (1.2 * b));
                } else {
                    // The jaw drops by the full opening near the lips and not at all at the region's foot;
                    // the gap it leaves samples the lip line and is painted over as the inside of the mouth.
                    double drop = open * (1 - Region.smooth((v - 2.2 * b) / Math.max(1, below - 2.2 * b)));
                    dy = open > 0 ? -Math.min(v, drop) : 0.25 * b * bump(v / (1.2 * b));
                }
                double squeeze = (1 / pose.width - 1) * bump((x - cx) / (1.5 * a)) * bump(v / (2.5 * b));
                r.source(x, y, x + (x - cx) * squeeze, y + dy * across);
            }
        }
        r.warp(photo);
        double feather = Math.max(2, Math.min(region.w(), region.h()) * 0.16);
        if (open > 0) {
            paintOpening(r, pose, cx, cy, a, b, open);
        } else {
            // A photo may show teeth at rest (a smile); closed lips cover them with the lips' own colour.
            r.paint(new Ellipse2D.Double(cx - a * 0.8, cy - b * 0.4, a * 1.6, b * 0.8), lipColor, 0.88,
                    Math.max(0.7, b * 0.15));
            Path2D line = new Path2D.Double();
            line.moveTo(cx - a * 0.9, cy);
            line.quadTo(cx, cy + b * 0.12, cx + a * 0.9, cy);
            line.quadTo(cx, cy + b * 0.22, cx - a * 0.9, cy);
            r.shade(line, 0.45, Math.max(0.6, b * 0.08));
        }
        return r.sprite(feather);
    }

    private static void paintOpening(Region r, Pose pose, double cx, double cy, double a, double b, double open) {
        double top = cy - 0.2 * open - b * 0.05;
        double bottom = cy + open * 0.92;
        double mid = (top + bottom) / 2;
        double half = a * 0.74 * pose.width;
        Path2D lens = new Path2D.Double();
        if (pose.width < 0.9) {
            lens.append(new Ellipse2D.Double(cx - half * 0.8, top, half * 1.6, bottom - top), false);
        } else {
            lens.moveTo(cx - half, mid);
            lens.quadTo(cx, 2 * top - mid, cx + half, mid);
            lens.quadTo(cx, 2 * bottom - mid, cx - half, mid);
            lens.closePath();
        }
        double soft = Math.max(0.7, open * 0.07);
        r.paint(lens, INSIDE, 0.94, soft);
        double teeth = Math.min((bottom - top) * 0.3, b * 0.5);
        Area inside = new Area(lens);
        if (pose.open >= 0.5) {
            Area tongue = new Area(new Ellipse2D.Double(cx - half * 0.55, bottom - (bottom - top) * 0.38, half * 1.1,
                    (bottom - top) * 0.6));
            tongue.intersect(inside);
            r.paint(tongue, TONGUE, 0.55, soft);
        }
        if (pose.upperTeeth) {
            Area band = new Area(new Rectangle2D.Double(cx - half * 0.7, top - 1, half * 1.4, teeth + 1));
            band.intersect(inside);
            r.paint(band, TEETH, 0.8, soft * 0.6);
        }
        if (pose.lowerTeeth) {
            Area band = new Area(new Rectangle2D.Double(cx - half * 0.6, bottom - teeth, half * 1.2, teeth + 1));
            band.intersect(inside);
            r.paint(band, TEETH, 0.65, soft * 0.6);
        }
    }

    /** The mean of the reddest quarter of the mouth box: the lips, whatever the skin and the light. */
    private static int lipColor(Mat photo, Rect mouth) {
        List<int[]> pixels = new ArrayList<>();
        try (UByteIndexer idx = photo.createIndexer()) {
            for (int y = mouth.y(); y < mouth.y() + mouth.h(); y++) {
                for (int x = mouth.x(); x < mouth.x() + mouth.w(); x++) {
                    pixels.add(new int[] {idx.get(y, x, 2), idx.get(y, x, 1), idx.get(y, x, 0)});
                }
            }
        }
        pixels.sort(Comparator.comparingInt((int[] p) -> 2 * p[0] - p[1] - p[2]).reversed());
        int n = Math.max(1, pixels.size() / 4);
        long r = 0;
        long g = 0;
        long b = 0;
        for (int[] p : pixels.subList(0, n)) {
            r += p[0];
            g += p[1];
            b += p[2];
        }
        return (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
    }

    /** 1 at 0, falling smoothly to 0 at ±1. */
    private static double bump(double t) {
        double c = Math.abs(t);
        return c >= 1 ? 0 : Math.pow(Math.cos(c * Math.PI / 2), 2);
    }
}
