package dev.scriptcast.telemetry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Everything measured in one run: the content of {@code metrics.json} (schema in docs/metrics-schema.md).
 * {@code cpuMs} is this process's and its children's CPU time over the whole run, {@code cpu} this render's own
 * threads' share of it; {@code coveragePercent} is the share of the run's wall time inside some stage;
 * {@code notes} hold each stage's set-up for the diagnosis, {@code facts} what the run produced.
 */
@JsonPropertyOrder({"version", "run", "wallMs", "cpuMs", "cpu", "coveragePercent", "criticalPath", "stages", "notes", "facts",
        "sampler", "samples", "processGpuSamples"})
public record RunMetrics(int version, RunInfo run, long wallMs, double cpuMs, RunCpu cpu, double coveragePercent, CriticalPath criticalPath,
        List<StageMetrics> stages, Map<String, String> notes, Facts facts, SamplerSummary sampler, List<Sample> samples,
        List<ProcessGpuSample> processGpuSamples) {
    public static final int VERSION = 2;

    /** The same metrics with the run's inputs (script, output, settings) added to the run info. */
    public RunMetrics withInputs(Map<String, Object> inputs) {
        return new RunMetrics(version, run.withInputs(inputs), wallMs, cpuMs, cpu, coveragePercent, criticalPath, stages,
                notes, facts, sampler, samples, processGpuSamples);
    }

    /** The stage called {@code name}, or null. */
    public StageMetrics stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
