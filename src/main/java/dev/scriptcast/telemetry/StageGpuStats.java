package dev.scriptcast.telemetry;

import java.util.List;

/**
 * Per-device GPU statistics for one stage. Device-wide figures come from the ticks that overlap the stage; our own
 * processes' figures only from NVML's per-process samples stamped inside it, so a value the ticks hold between
 * NVML's samples never spills into the next stage.
 */
final class StageGpuStats {
    private StageGpuStats() {
    }

    /** The device our processes used most in the stage (the first device when none was used). */
    static StageGpu busiest(Interval stage, List<Sample> mine, List<ProcessGpuSample> raw, GpuInventory inventory) {
        StageGpu best = null;
        int bestScore = -1;
        for (GpuDevice d : inventory.devices()) {
            StageGpu g = of(d, stage, mine, raw);
            int score = g.processUtilMax() + g.processDecoderUtilMax() + g.processEncoderUtilMax();
            if (score > bestScore) {
                best = g;
                bestScore = score;
            }
        }
        return best;
    }

    static StageGpu of(GpuDevice device, Interval stage, List<Sample> mine, List<ProcessGpuSample> raw) {
        int d = device.index();
        double utilSum = 0;
        int utilMax = 0;
        int decMax = 0;
        int encMax = 0;
        int pMax = 0;
        int pDecMax = 0;
        int pEncMax = 0;
        int n = 0;
        double memFirst = Double.NaN;
        double memLast = Double.NaN;
        for (Sample s : mine) {
            GpuSample g = s.gpus().size() > d ? s.gpus().get(d) : null;
            if (g == null) {
                continue;
            }
            n++;
            utilSum += g.utilPercent();
            utilMax = Math.max(utilMax, g.utilPercent());
            decMax = Math.max(decMax, g.decoderUtilPercent());
            encMax = Math.max(encMax, g.encoderUtilPercent());
            if (Double.isNaN(memFirst)) {
                memFirst = g.memUsedMb();
            }
            memLast = g.memUsedMb();
        }
        int rawCount = 0;
        double smSum = 0;
        for (ProcessGpuSample p : raw) {
            if (p.ours() && p.device() == d && p.tMs() >= stage.startMs && p.tMs() <= stage.endMs) {
                rawCount++;
                smSum += p.smUtilPercent();
                pMax = Math.max(pMax, p.smUtilPercent());
                pDecMax = Math.max(pDecMax, p.decUtilPercent());
                pEncMax = Math.max(pEncMax, p.encUtilPercent());
            }
        }
        double memDelta = n == 0 ? 0 : memLast - memFirst;
        long wallMs = Math.max(1, stage.endMs - stage.startMs);
        double processAvg = Math.min(100, smSum * Math.min(wallMs, samplePeriodMs(raw, d)) / wallMs);
        return new StageGpu(d, device.name(), n == 0 ? 0 : RunAnalysis.round1(utilSum / n), utilMax,
                RunAnalysis.round1(memDelta), decMax, encMax, RunAnalysis.round1(processAvg), pMax,
                pDecMax, pEncMax, rawCount);
    }

    /**
     * How much time one NVML per-process sample stands for: the median spacing of one process's samples on the
     * device (the driver's sampling period), so a stage's average is the samples' sum times that over its wall time.
     */
    static long samplePeriodMs(List<ProcessGpuSample> raw, int device) {
        java.util.Map<Long, Long> lastByPid = new java.util.HashMap<>();
        List<Long> gaps = new java.util.ArrayList<>();
        for (ProcessGpuSample p : raw) {
            if (p.device() == device) {
                Long before = lastByPid.put(p.pid(), p.tMs());
                if (before != null && p.tMs() > before) {
                    gaps.add(p.tMs() - before);
                }
            }
        }
        if (gaps.isEmpty()) {
            return NvmlSampler.POLL_MS;
        }
        java.util.Collections.sort(gaps);
        return gaps.get(gaps.size() / 2);
    }
}
