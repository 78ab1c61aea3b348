package dev.scriptcast.pipeline;

import dev.scriptcast.telemetry.RunMetrics;
import java.nio.file.Path;

/** A finished render: the video, its report folder and what the run cost. */
public record RenderResult(Path output, Path reportDir, long durationMs, int frames, RunMetrics metrics) {}
