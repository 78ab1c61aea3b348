package dev.scriptcast.visual;

import dev.scriptcast.compose.Layer;

/** The background layer and how it was made. */
public record Background(Layer layer, BackgroundInfo info) {}
