package dev.scriptcast.compose;

import java.nio.file.Path;

/** A video joined from segments: its file, its frame count, how long it plays and its size on disk. */
public record JoinedVideo(Path file, long frames, long durationMs, long bytes) {}
