package dev.scriptcast.compose;

/** Output raster and frame rate. Width and height are even (yuv420p needs it). */
public record VideoFormat(int width, int height, int fps) {
    public VideoFormat {
        if (width <= 0 || height <= 0 || fps <= 0) {
            throw new IllegalArgumentException("bad video format " + width + "x" + height + "@" + fps);
        }
    }

    /** Frames needed to cover {@code durationMs}: ceil(duration × fps). */
    public int frameCount(long durationMs) {
        return (int) Math.ceilDiv(durationMs * fps, 1000L);
    }

    /** Presentation time of a frame in milliseconds. */
    public long timeMs(int frameIndex) {
        return frameIndex * 1000L / fps;
    }

    public boolean portrait() {
        return height > width;
    }
}
