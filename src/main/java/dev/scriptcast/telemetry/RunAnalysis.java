package dev.scriptcast.telemetry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Turns the raw intervals and samples of a finished run into per-stage metrics. */
final class RunAnalysis {
    private final GpuInventory inventory;
    private final Map<String, String> notes;
    private final List<Sample> samples;
    private final List<ProcessGpuSample> processSamples;
    private final int cores = Runtime.getRuntime().availableProcessors();

    RunAnalysis(GpuInventory inventory, Map<String, String> notes, List<Sample> samples,
            List<ProcessGpuSample> processSamples) {
        this.inventory = inventory;
        this.notes = notes;
        this.samples = samples;
        this.processSamples = processSamples;
    }

    RunMetrics metrics(RunInfo run, long totalMs, double cpuMs, RunCpu cpu, List<Interval> intervals, Facts facts,
            SamplerSummary sampler) {
        List<StageMetrics> stages = new ArrayList<>();
        for (Interval i : intervals) {
            if (i.endMs >= 0) {
                stages.add(stage(i));
            }
        }
        return new RunMetrics(RunMetrics.VERSION, run, totalMs, round1(cpuMs), cpu,
                coveragePercent(stages, totalMs),
                CriticalPath.of(stages, totalMs), stages, notes, facts, sampler, samples,
                processSamples);
    }

    /**
     * Samples whose interval overlaps [startMs, endMs]; each sample covers the time since the one before, the first
     * one the time since the run started.
     */
    List<Sample> overlapping(long startMs, long endMs) {
        List<Sample> out = new ArrayList<>();
        long previous = 0;
        for (Sample s : samples) {
            long from = previous;
            if (s.tMs() >= startMs && from <= endMs) {
                out.add(s);
            }
            previous = s.tMs();
        }
        return out;
    }

    private StageMetrics stage(Interval i) {
        long wallMs = i.endMs - i.startMs;
        double cpuMs = (i.endCpuNs - i.startCpuNs) / 1e6;
        double cpuPercent = percentOfMachine(cpuMs, wallMs);
        double renderCpuMs = (i.endRenderCpuNs - i.startRenderCpuNs) / 1e6;
        List<Sample> mine = overlapping(i.startMs, i.endMs);
        double peakRssMb = i.peakRssKb / 1024.0;
        double systemSum = 0;
        for (Sample s : mine) {
            peakRssMb = Math.max(peakRssMb, s.rssMb());
            systemSum += s.systemCpuPercent();
        }
        StageGpu gpu = inventory.available() ? StageGpuStats.busiest(i, mine, processSamples, inventory) : null;
        String device = Diagnosis.device(gpu);
        StageMetrics draft = new StageMetrics(i.name, i.startMs, i.endMs, wallMs, round1(cpuMs), round1(cpuPercent),
                round1(renderCpuMs), round1(percentOfMachine(renderCpuMs, wallMs)),
                round1(peakRssMb), mine.isEmpty() ? 0 : round1(systemSum / mine.size()), mine.size(), gpu, device,
                List.of(), i.failure, i.toSpan().spans());
        List<String> diagnosis = new Diagnosis(inventory, notes, cores).of(draft);
        return new StageMetrics(draft.name(), draft.startMs(), draft.endMs(), draft.wallMs(), draft.cpuMs(),
                draft.cpuPercent(), draft.renderCpuMs(), draft.renderCpuPercent(), draft.peakRssMb(), draft.systemCpuAvg(), draft.sampleCount(), gpu, device,
                diagnosis, draft.failure(), draft.spans());
    }

    private double percentOfMachine(double cpuMs, long wallMs) {
        return wallMs <= 0 ? 0 : Math.min(100, 100.0 * cpuMs / (wallMs * cores));
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Share of the run inside the union of all stages. */
    static double coveragePercent(List<StageMetrics> stages, long totalMs) {
        if (totalMs <= 0) {
            return 100;
        }
        long[][] spans = stages.stream().map(s -> new long[] {s.startMs(), s.endMs()})
                .sorted((a, b) -> Long.compare(a[0], b[0])).toArray(long[][]::new);
        long covered = 0;
        long reach = Long.MIN_VALUE;
        for (long[] s : spans) {
            long from = Math.max(s[0], reach);
            if (s[1] > from) {
                covered += s[1] - from;
            }
            reach = Math.max(reach, s[1]);
        }
        return round1(Math.min(100, 100.0 * covered / totalMs));
    }

    static double medianIntervalMs(List<Sample> samples) {
        if (samples.size() < 2) {
            return 0;
        }
        long[] gaps = new long[samples.size() - 1];
        for (int k = 1; k < samples.size(); k++) {
            gaps[k - 1] = samples.get(k).tMs() - samples.get(k - 1).tMs();
        }
        Arrays.sort(gaps);
        int mid = gaps.length / 2;
        return gaps.length % 2 == 1 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2.0;
    }
}
