package dev.scriptcast.telemetry;

import java.util.List;

/** Per-device GPU statistics for one stage, from the samples that overlap it. */
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
        double processSum = 0;
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
            processSum += g.processSmUtilPercent();
            utilMax = Math.max(utilMax, g.utilPercent());
            decMax = Math.max(decMax, g.decoderUtilPercent());
            encMax = Math.max(encMax, g.encoderUtilPercent());
            pMax = Math.max(pMax, g.processSmUtilPercent());
            pDecMax = Math.max(pDecMax, g.processDecUtilPercent());
            pEncMax = Math.max(pEncMax, g.processEncUtilPercent());
            if (Double.isNaN(memFirst)) {
                memFirst = g.memUsedMb();
            }
            memLast = g.memUsedMb();
        }
        int rawCount = 0;
        for (ProcessGpuSample p : raw) {
            if (p.ours() && p.device() == d && p.tMs() >= stage.startMs && p.tMs() <= stage.endMs) {
                rawCount++;
                pMax = Math.max(pMax, p.smUtilPercent());
                pDecMax = Math.max(pDecMax, p.decUtilPercent());
                pEncMax = Math.max(pEncMax, p.encUtilPercent());
            }
        }
        double memDelta = n == 0 ? 0 : memLast - memFirst;
        return new StageGpu(d, device.name(), n == 0 ? 0 : RunAnalysis.round1(utilSum / n), utilMax,
                RunAnalysis.round1(memDelta), decMax, encMax, n == 0 ? 0 : RunAnalysis.round1(processSum / n), pMax,
                pDecMax, pEncMax, rawCount);
    }
}
