package dev.scriptcast.avatar.presenter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The presenter's parts, drawn in face units on an 80 × 100 box (the caller scales to pixels). Each part is
 * drawn alone so it can become its own sprite.
 */
final class PresenterArt {
    static final double WIDTH = 80;
    static final double HEIGHT = 100;
    static final double EYE_Y = 37;
    static final double EYE_DX = 7;
    static final double BROW_Y = 30.8;
    static final double MOUTH_X = 40;
    static final double MOUTH_Y = 51;

    private PresenterArt() {}

    static void body(Graphics2D g, Look look) {
        g.setColor(look.skinShade());
        g.fill(new RoundRectangle2D.Double(34, 48, 12, 24, 4, 4));
        Path2D torso = new Path2D.Double();
        torso.moveTo(1, 101);
        torso.curveTo(2, 84, 8, 74, 24, 70.5);
        torso.lineTo(34, 67.5);
        torso.lineTo(46, 67.5);
        torso.lineTo(56, 70.5);
        torso.curveTo(72, 74, 78, 84, 79, 101);
        torso.closePath();
        g.setPaint(new GradientPaint(0, 66, look.shirt().brighter(), 0, 100, look.shirt().darker()));
        g.fill(torso);
        Path2D neckline = new Path2D.Double();
        neckline.moveTo(33.5, 67.5);
        neckline.quadTo(40, 80, 46.5, 67.5);
        neckline.closePath();
        g.setColor(look.skinShade());
        g.fill(neckline);
        g.setColor(look.accent());
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D collar = new Path2D.Double();
        collar.moveTo(32.5, 67.2);
        collar.quadTo(40, 81.5, 47.5, 67.2);
        g.draw(collar);
    }

    static void head(Graphics2D g, Look look) {
        hairBack(g, look);
        g.setColor(look.skinShade());
        g.fill(new Ellipse2D.Double(21.6, 35, 5, 10));
        g.fill(new Ellipse2D.Double(53.4, 35, 5, 10));
        Path2D face = face();
        g.setPaint(new RadialGradientPaint(new Point2D.Double(40, 36), 26, new float[] {0f, 1f},
                new Color[] {look.skin(), mix(look.skin(), look.skinShade(), 0.55)}));
        g.fill(face);
        g.setColor(new Color(230, 90, 90, 34));
        g.fill(new Ellipse2D.Double(27, 44, 8, 5));
        g.fill(new Ellipse2D.Double(45, 44, 8, 5));
        g.setColor(look.skinShade());
        g.setStroke(new BasicStroke(0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D nose = new Path2D.Double();
        nose.moveTo(40.6, 39);
        nose.quadTo(41.8, 43.5, 40.8, 44.6);
        nose.quadTo(40, 45.2, 38.6, 44.7);
        g.draw(nose);
        hairFront(g, look);
    }

    static Path2D face() {
        Path2D face = new Path2D.Double();
        face.moveTo(24, 38);
        face.curveTo(24, 24, 31, 17, 40, 17);
        face.curveTo(49, 17, 56, 24, 56, 38);
        face.curveTo(56, 51, 48.5, 60, 40, 60);
        face.curveTo(31.5, 60, 24, 51, 24, 38);
        face.closePath();
        return face;
    }

    private static void hairBack(Graphics2D g, Look look) {
        g.setColor(look.hairColor().darker());
        switch (look.hair()) {
            case LONG -> {
                Path2D back = new Path2D.Double();
                back.moveTo(40, 12);
                back.curveTo(22, 12, 18, 28, 19, 44);
                back.curveTo(19.5, 58, 16, 68, 16.5, 74);
                back.quadTo(40, 81, 63.5, 74);
                back.curveTo(64, 68, 60.5, 58, 61, 44);
                back.curveTo(62, 28, 58, 12, 40, 12);
                g.fill(back);
            }
            case CURLY -> g.fill(new Ellipse2D.Double(14, 6, 52, 44));
            case SHORT -> g.fill(new Ellipse2D.Double(22.5, 14.5, 35, 30));
        }
    }

    private static void hairFront(Graphics2D g, Look look) {
        g.setColor(look.hairColor());
        switch (look.hair()) {
            case LONG -> {
                Path2D fringe = new Path2D.Double();
                fringe.moveTo(22.8, 42);
                fringe.curveTo(21, 20, 32, 13.5, 41, 14);
                fringe.curveTo(52, 14.5, 59, 22, 57.2, 42);
                fringe.curveTo(55, 30, 52, 25, 46, 22.5);
                fringe.curveTo(40, 27, 31, 27, 26, 30);
                fringe.curveTo(24.5, 33, 23.8, 37, 22.8, 42);
                g.fill(fringe);
            }
            case SHORT -> {
                Path2D cap = new Path2D.Double();
                cap.moveTo(23.6, 36);
                cap.curveTo(22.5, 21, 30, 14.8, 40.5, 15);
                cap.curveTo(51, 15.2, 57.5, 21, 56.4, 36);
                cap.curveTo(55.5, 30, 54.5, 26, 52, 24);
                cap.curveTo(46, 23.5, 38, 24.5, 34, 22.2);
                cap.curveTo(30, 24.5, 26.5, 27, 25.2, 31);
                cap.curveTo(24.6, 33, 24.2, 34.5, 23.6, 36);
                g.fill(cap);
            }
            case CURLY -> {
                for (int i = 0; i <= 12; i++) {
                    double a = Math.PI * (1.02 + 0.96 * i / 12.0);
                    double x = 40 + 18 * Math.cos(a);
                    double y = 33 + 16.5 * Math.sin(a);
                    g.fill(new Ellipse2D.Double(x - 5, y - 5, 10, 10));
                }
                g.setColor(look.hairColor().brighter());
                g.setStroke(new BasicStroke(0.5f));
                for (int i = 0; i <= 12; i += 2) {
                    double a = Math.PI * (1.02 + 0.96 * i / 12.0);
                    g.draw(new Arc2D.Double(40 + 18 * Math.cos(a) - 3, 33 + 16.5 * Math.sin(a) - 3, 6, 6, 30, 120,
                            Arc2D.OPEN));
                }
            }
        }
    }

    /** Both eyes; {@code lid} is 0 (open), 1 (half shut) or 2 (shut). */
    static void eyes(Graphics2D g, Look look, int lid) {
        for (int side = -1; side <= 1; side += 2) {
            double cx = 40 + side * EYE_DX;
            Ellipse2D white = new Ellipse2D.Double(cx - 3.4, EYE_Y - 2.3, 6.8, 4.6);
            g.setStroke(new BasicStroke(0.65f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            if (lid == 2) {
                g.setColor(look.browColor());
                g.draw(new Arc2D.Double(cx - 3.4, EYE_Y - 2.4, 6.8, 4.0, 180, 180, Arc2D.OPEN));
                continue;
            }
            g.setColor(new Color(0xFBFAF7));
            g.fill(white);
            var clip = g.getClip();
            g.clip(white);
            g.setColor(look.iris());
            g.fill(new Ellipse2D.Double(cx - 1.9, EYE_Y - 1.9, 3.8, 3.8));
            g.setColor(new Color(0x141010));
            g.fill(new Ellipse2D.Double(cx - 0.95, EYE_Y - 0.95, 1.9, 1.9));
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(cx + 0.25, EYE_Y - 1.25, 0.9, 0.9));
            if (lid == 1) {
                g.setColor(look.skin());
                g.fill(new java.awt.geom.Rectangle2D.Double(cx - 4, EYE_Y - 3, 8, 3));
            }
            g.setClip(clip);
            g.setColor(look.browColor());
            double top = lid == 1 ? EYE_Y - 0.2 : EYE_Y - 2.3;
            Path2D lash = new Path2D.Double();
            lash.moveTo(cx - 3.5, EYE_Y + (lid == 1 ? 0 : 0.2));
            lash.quadTo(cx, top - (lid == 1 ? 0.4 : 0.5), cx + 3.6 * 1.02, EYE_Y - (lid == 1 ? 0.1 : 0.5));
            g.draw(lash);
        }
    }

    static void brows(Graphics2D g, Look look, boolean raised) {
        double lift = raised ? 1.7 : 0;
        g.setColor(look.browColor());
        g.setStroke(new BasicStroke(1.15f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int side = -1; side <= 1; side += 2) {
            double inner = 40 + side * 3.6;
            double outer = 40 + side * 11;
            Path2D brow = new Path2D.Double();
            brow.moveTo(inner, BROW_Y + 0.6 - lift * 0.8);
            brow.quadTo(40 + side * 7.5, BROW_Y - 1.4 - lift * 1.2, outer, BROW_Y + 0.8 - lift * 0.6);
            g.draw(brow);
        }
    }

    static void glasses(Graphics2D g) {
        Area lenses = new Area();
        for (int side = -1; side <= 1; side += 2) {
            lenses.add(new Area(new RoundRectangle2D.Double(40 + side * EYE_DX - 5, EYE_Y - 3.6, 10, 7.4, 3, 3)));
        }
        g.setColor(new Color(200, 225, 255, 22));
        g.fill(lenses);
        g.setColor(new Color(0x2A2624));
        g.setStroke(new BasicStroke(0.75f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(lenses);
        Path2D bridge = new Path2D.Double();
        bridge.moveTo(38, EYE_Y - 1.2);
        bridge.quadTo(40, EYE_Y - 2.2, 42, EYE_Y - 1.2);
        g.draw(bridge);
    }

    static Color mix(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
