package dev.scriptcast.telemetry;

import java.util.ArrayList;
import java.util.List;

/** A stage or span while the run goes on: mutable, owned by {@link Telemetry}, turned into metrics at the end. */
final class Interval {
    final String name;
    final long startMs;
    final long startCpuNs;
    final long startRenderCpuNs;
    final List<Interval> children = new ArrayList<>();
    volatile long endMs = -1;
    long endCpuNs;
    long endRenderCpuNs;
    long peakRssKb;
    String failure;

    Interval(String name, long startMs, long startCpuNs, long startRenderCpuNs, long rssKb) {
        this.name = name;
        this.startMs = startMs;
        this.startCpuNs = startCpuNs;
        this.startRenderCpuNs = startRenderCpuNs;
        this.peakRssKb = rssKb;
    }

    synchronized void add(Interval child) {
        children.add(child);
    }

    synchronized SpanMetrics toSpan() {
        List<SpanMetrics> kids = new ArrayList<>();
        for (Interval c : children) {
            if (c.endMs >= 0) {
                kids.add(c.toSpan());
            }
        }
        return new SpanMetrics(name, startMs, endMs, endMs - startMs, (endCpuNs - startCpuNs) / 1e6, kids);
    }
}
