package dev.scriptcast.telemetry;

import java.util.List;

/** A measured span inside a stage (e.g. one paragraph of speech); times are ms since the run started. */
public record SpanMetrics(String name, long startMs, long endMs, long wallMs, double cpuMs, List<SpanMetrics> spans) {
    public SpanMetrics {
        spans = List.copyOf(spans);
    }
}
