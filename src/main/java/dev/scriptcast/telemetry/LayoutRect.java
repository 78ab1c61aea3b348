package dev.scriptcast.telemetry;

/** Where a layer was placed in the output frame, in pixels. */
public record LayoutRect(int x, int y, int w, int h) {
}
