package dev.scriptcast.telemetry;

import java.util.List;

/**
 * One sampler tick. CPU percentages are of the whole machine (100 = every core busy) over the interval that
 * ends at {@code tMs}; {@code cpuPercent} counts this process and its child processes, {@code renderCpuPercent}
 * only the threads registered to this render ({@link RenderThreads}).
 */
public record Sample(long tMs, double cpuPercent, double renderCpuPercent, double systemCpuPercent, double rssMb, List<GpuSample> gpus) {
    public Sample {
        gpus = List.copyOf(gpus);
    }
}
