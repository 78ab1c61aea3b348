package dev.scriptcast.telemetry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Everything measured in one run: the content of {@code metrics.json} (schema in docs/metrics-schema.md).
 * {@code coveragePercent} is the share of the run's wall time inside some stage.
 */
@JsonPropertyOrder({"version", "run", "totalMs", "coveragePercent", "criticalPath", "stages", "notes", "layout",
        "audio", "video", "sampler", "samples", "processGpuSamples"})
public record RunMetrics(int version, RunInfo run, long totalMs, double coveragePercent, CriticalPath criticalPath,
        List<StageMetrics> stages, Map<String, Object> notes, Map<String, LayoutRect> layout,
        Map<String, Object> audio, Map<String, Object> video, SamplerSummary sampler, List<Sample> samples,
        List<ProcessGpuSample> processGpuSamples) {
    public static final int VERSION = 1;

    /** The stage called {@code name}, or null. */
    public StageMetrics stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
