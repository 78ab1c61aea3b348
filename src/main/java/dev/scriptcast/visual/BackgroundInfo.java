package dev.scriptcast.visual;

/**
 * What the background is, for the report: {@code kind} is gradient, colour, image or video; {@code decoder}
 * is the FFmpeg decoder a video uses (null otherwise) and {@code reason} why that one.
 */
public record BackgroundInfo(String kind, String source, String decoder, String reason) {}
