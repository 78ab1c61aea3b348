package dev.scriptcast.compose;

import java.nio.file.Path;

/** An encoded MP4 and how it was made. */
public record RenderedVideo(Path file, int frames, EncoderChoice encoder) {}
