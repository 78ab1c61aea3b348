package dev.scriptcast.avatar;

import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.Sprite;
import dev.scriptcast.compose.VideoFormat;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** A still silhouette where the presenter will stand, drawn once. */
public final class PlaceholderAvatar implements Layer {
    private final Sprite sprite;
    private final int x;
    private final int y;

    public PlaceholderAvatar(VideoFormat format) {
        int h = format.height() * 2 / 5;
        int w = h * 3 / 4;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(255, 255, 255, 150));
        g.fillOval(w / 4, h / 10, w / 2, w / 2);
        g.fillRoundRect(w / 10, h / 10 + w / 2 + h / 30, w * 8 / 10, h, w / 3, w / 3);
        g.dispose();
        sprite = Sprite.of(img);
        x = format.width() - w - format.width() / 20;
        y = format.height() - h;
    }

    @Override
    public String name() {
        return "avatar-placeholder";
    }

    @Override
    public void draw(int frameIndex, Canvas canvas) {
        canvas.blend(sprite, x, y);
    }
}
