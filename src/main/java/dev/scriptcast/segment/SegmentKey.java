package dev.scriptcast.segment;

import dev.scriptcast.base.KeyHash;

/**
 * Names a segment's pixels: a hash of everything that decides them. {@code look} covers the render-wide
 * settings (layout, look, layers, size, fps, encoder and its settings, input files' contents, app version); the
 * segment adds its frame count and each part with its place inside the segment. Its place in the video is left
 * out unless {@code absoluteTime} says the picture follows the clock (a video background, Ken Burns motion), so
 * an edit elsewhere leaves the key alone. A sentence's speaker is part of it: it decides which presenter's mouth
 * moves and the name on its captions.
 */
public final class SegmentKey {
    private SegmentKey() {}

    public static String of(String look, Segment segment, boolean absoluteTime) {
        StringBuilder material = new StringBuilder("segment v1\u0000").append(look)
                .append("\u0000frames=").append(segment.frames());
        if (absoluteTime) {
            material.append("\u0000start=").append(segment.startFrame());
        }
        for (Part part : segment.parts()) {
            switch (part) {
                case Part.Speech s -> {
                    material.append("\u0000speech=").append(s.key()).append('/').append(s.samples());
                    if (s.speaker() != null) {
                        material.append("/by=").append(s.speaker());
                    }
                }
                case Part.Silence s -> material.append("\u0000silence=").append(s.samples());
            }
        }
        return KeyHash.of(material.toString(), 20);
    }
}
