package dev.scriptcast.compose;

/** An axis-aligned rectangle in output pixels. */
public record Rect(int x, int y, int w, int h) {
    public boolean intersects(Rect o) {
        return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }
}
