package dev.scriptcast.compose;

import java.nio.file.Path;

/** An encoded MP4, how it was made and where the time went. */
public record RenderedVideo(Path file, int frames, EncoderChoice encoder, RenderTiming timing) {}
