package dev.scriptcast.avatar.presenter;

import dev.scriptcast.avatar.mouth.MouthShape;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Draws one mouth shape centred on (0, 0) in face units; the caller's transform scales it to pixels. */
final class MouthArt {
    private static final Color INSIDE = new Color(0x3B1216);
    private static final Color TEETH = new Color(0xF6F3EC);
    private static final Color TONGUE = new Color(0xC75B63);

    private enum Tongue { NONE, LOW, UP }

    /** Width and opening in face units; round shapes draw as ovals. */
    private record Form(double width, double open, double lip, boolean round, boolean upperTeeth,
            boolean lowerTeeth, Tongue tongue) {}

    private MouthArt() {}

    private static Form form(MouthShape shape) {
        return switch (shape) {
            case A -> new Form(8.6, 0, 0.9, false, false, false, Tongue.NONE);
            case B -> new Form(9.4, 1.7, 1.0, false, true, true, Tongue.NONE);
            case C -> new Form(9.6, 3.6, 1.0, false, true, false, Tongue.NONE);
            case D -> new Form(10.4, 6.2, 1.0, false, true, false, Tongue.LOW);
            case E -> new Form(7.2, 4.6, 1.2, true, false, false, Tongue.LOW);
            case F -> new Form(4.4, 2.4, 1.4, true, false, false, Tongue.NONE);
            case G -> new Form(9.0, 1.4, 1.0, false, true, false, Tongue.NONE);
            case H -> new Form(9.6, 4.0, 1.0, false, true, false, Tongue.UP);
            case X -> new Form(9.0, 0, 1.0, false, false, false, Tongue.NONE);
        };
    }

    static void draw(Graphics2D g, MouthShape shape, Look look) {
        Form f = form(shape);
        if (f.open == 0) {
            drawClosed(g, f, look, shape == MouthShape.X);
            return;
        }
        Shape outer = f.round ? new Ellipse2D.Double(-f.width / 2 - f.lip * 0.6, -f.open / 2 - f.lip,
                f.width + f.lip * 1.2, f.open + 2 * f.lip) : lips(f.width / 2, f.open / 2 + f.lip, f.open / 2 + f.lip * 1.25);
        Shape inner = f.round ? new Ellipse2D.Double(-f.width / 2 + f.lip * 0.3, -f.open / 2, f.width - f.lip * 0.6,
                f.open) : lips(f.width / 2 - f.lip * 0.6, f.open / 2, f.open / 2);
        g.setColor(look.lips());
        g.fill(outer);
        g.setColor(INSIDE);
        g.fill(inner);
        var clip = g.getClip();
        g.clip(inner);
        double top = -f.open / 2;
        double bottom = f.open / 2;
        if (f.tongue == Tongue.LOW) {
            g.setColor(TONGUE);
            g.fill(new Ellipse2D.Double(-f.width * 0.3, bottom - f.open * 0.35, f.width * 0.6, f.open * 0.6));
        } else if (f.tongue == Tongue.UP) {
            g.setColor(TONGUE);
            g.fill(new Ellipse2D.Double(-f.width * 0.22, top + 0.6, f.width * 0.44, f.open * 0.55));
        }
        g.setColor(TEETH);
        if (f.upperTeeth && f.lowerTeeth) {
            g.fill(new Rectangle2D.Double(-f.width / 2, top - 1, f.width, f.open + 2));
            g.setColor(INSIDE);
            g.setStroke(new BasicStroke(0.25f));
            g.draw(new java.awt.geom.Line2D.Double(-f.width / 2, 0, f.width / 2, 0));
        } else if (f.upperTeeth) {
            g.fill(new Rectangle2D.Double(-f.width / 2, top - 1, f.width, 1 + Math.min(1.3, f.open * 0.38)));
        }
        g.setClip(clip);
        if (shape == MouthShape.G) {
            g.setColor(TEETH);
            g.fill(new RoundRectangle2D.Double(-f.width * 0.24, top - 0.3, f.width * 0.48, f.open + 0.5, 0.9, 0.9));
        }
        highlight(g, f);
    }

    private static void drawClosed(Graphics2D g, Form f, Look look, boolean rest) {
        double half = f.width / 2;
        double smile = rest ? 0.55 : 0.1;
        g.setColor(look.lips());
        g.fill(lips(half, f.lip * (rest ? 1.0 : 0.8), f.lip * (rest ? 1.3 : 1.0)));
        Path2D line = new Path2D.Double();
        line.moveTo(-half, -smile);
        line.quadTo(0, smile * 0.8, half, -smile);
        g.setColor(INSIDE);
        g.setStroke(new BasicStroke(0.45f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        highlight(g, f);
    }

    /** A lip outline from corner to corner with a cupid's bow on top. */
    private static Shape lips(double half, double up, double down) {
        Path2D p = new Path2D.Double();
        p.moveTo(-half, 0);
        p.curveTo(-half * 0.7, -up * 0.9, -half * 0.35, -up * 1.15, 0, -up * 0.85);
        p.curveTo(half * 0.35, -up * 1.15, half * 0.7, -up * 0.9, half, 0);
        p.curveTo(half * 0.6, down * 1.3, -half * 0.6, down * 1.3, -half, 0);
        p.closePath();
        return p;
    }

    private static void highlight(Graphics2D g, Form f) {
        g.setColor(new Color(255, 255, 255, 46));
        double y = f.open / 2 + f.lip * 0.45;
        g.fill(new Ellipse2D.Double(-f.width * 0.18, y - f.lip * 0.25, f.width * 0.36, f.lip * 0.5));
    }
}
