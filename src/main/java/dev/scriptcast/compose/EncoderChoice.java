package dev.scriptcast.compose;

/** The encoder asked for, the one that actually encoded, and why that one. */
public record EncoderChoice(String requested, String used, String reason) {}
