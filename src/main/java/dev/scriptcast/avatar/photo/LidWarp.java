package dev.scriptcast.avatar.photo;

import dev.scriptcast.avatar.Rig.Placed;
import dev.scriptcast.compose.Rect;
import java.awt.geom.Path2D;
import org.bytedeco.opencv.opencv_core.Mat;

/** Closes an eye in a photo by stretching the skin above it down over the eye, with a lash line at its edge. */
final class LidWarp {
    private final Mat photo;
    private final double cx;
    private final double cy;
    private final double halfWidth;
    private final double halfHeight;
    private final Rect region;

    LidWarp(Mat photo, Rect eye) {
        this.photo = photo;
        cx = eye.x() + eye.w() / 2.0;
        cy = eye.y() + eye.h() * 0.52;
        halfWidth = eye.w() * 0.34;
        halfHeight = eye.h() * 0.16;
        int x0 = Math.max(0, eye.x() - eye.w() / 8);
        int y0 = Math.max(0, eye.y() - eye.h() / 8);
        int x1 = Math.min(photo.cols(), eye.x() + eye.w() + eye.w() / 8);
        int y1 = Math.min(photo.rows(), eye.y() + eye.h() + eye.h() / 8);
        region = new Rect(x0, y0, x1 - x0, y1 - y0);
    }

    /** The eye with its lid lowered by {@code closure} (0 open … 1 shut). */
    Placed render(double closure) {
        Region r = new Region(region);
        Path2D lash = new Path2D.Double();
        for (int x = region.x(); x < region.x() + region.w(); x++) {
            double t = Math.sqrt(Math.max(0, 1 - Math.pow((x - cx) / halfWidth, 2)));
            if (t == 0) {
                continue;
            }
            double top = cy - halfHeight * t;
            double lid = top + closure * 2 * halfHeight * t * 0.95;
            double skin = top - 1.8 * halfHeight * t;
            for (int y = Math.max(region.y(), (int) Math.floor(skin)); y < Math.min(lid, region.y() + region.h()); y++) {
                r.source(x, y, x, skin + (y - skin) * (top - skin) / (lid - skin));
            }
            if (lash.getCurrentPoint() == null) {
                lash.moveTo(x, lid);
            } else {
                lash.lineTo(x, lid);
            }
        }
        r.warp(photo);
        java.awt.BasicStroke pen = new java.awt.BasicStroke((float) Math.max(1, halfHeight * 0.35));
        r.shade(pen.createStrokedShape(lash), 0.5, Math.max(0.5, halfHeight * 0.15));
        return r.sprite(Math.max(2, Math.min(region.w(), region.h()) * 0.12));
    }

    Rect region() {
        return region;
    }
}
