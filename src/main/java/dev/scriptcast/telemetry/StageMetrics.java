package dev.scriptcast.telemetry;

import java.util.List;

/**
 * One pipeline stage. {@code cpuMs} is measured at the stage's boundaries (this process and its children);
 * {@code renderCpuMs} likewise, for the threads registered to this render only; percentages are of the whole
 * machine. {@code gpu} is null when no GPU could be observed.
 * {@code device} says which hardware did the work as measured; {@code diagnosis} explains mismatches.
 */
public record StageMetrics(String name, long startMs, long endMs, long wallMs, double cpuMs, double cpuPercent,
        double renderCpuMs, double renderCpuPercent,
        double peakRssMb, double systemCpuAvg, int sampleCount, StageGpu gpu, String device, List<String> diagnosis,
        String failure, List<SpanMetrics> spans) {
    public StageMetrics {
        diagnosis = List.copyOf(diagnosis);
        spans = List.copyOf(spans);
    }
}
