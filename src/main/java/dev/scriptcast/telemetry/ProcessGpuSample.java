package dev.scriptcast.telemetry;

/**
 * One of NVML's own per-process utilisation samples, placed on the run's clock by the timestamp NVML gave it (not
 * by when the sampler asked). {@code ours} is true when the pid is this process or one of its children; the others
 * are kept so a report can show when NVML's pids come from another PID namespace (a container) and cannot match.
 */
public record ProcessGpuSample(long tMs, int device, long pid, boolean ours, int smUtilPercent, int memUtilPercent,
        int encUtilPercent, int decUtilPercent) {
}
