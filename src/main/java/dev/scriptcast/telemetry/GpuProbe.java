package dev.scriptcast.telemetry;

import java.util.List;

/** Reads GPU state each tick; the sampler works the same with or without one. */
interface GpuProbe extends AutoCloseable {
    /** What one tick saw: each device, and the per-process samples of ours that NVML produced since the last. */
    record Tick(List<GpuSample> devices, List<ProcessGpuSample> processSamples) {
    }

    /** Device-wide and per-process figures now; {@code pids} are this process and its descendants. */
    Tick sample(long tMs, List<Long> pids);

    @Override
    void close();
}
