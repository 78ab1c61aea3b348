package dev.scriptcast.compose;

/**
 * A layer that looks the same in every frame. The renderer flattens a run of these at the bottom of the
 * stack into one pre-rendered image, so they cost one array copy per frame however many there are.
 */
public interface StaticLayer extends Layer {}
