package dev.scriptcast.telemetry;

/**
 * One of NVML's own per-process utilisation samples for a process of ours, placed on the run's clock by the
 * timestamp NVML gave it (not by when the sampler asked).
 */
public record ProcessGpuSample(long tMs, int device, long pid, int smUtilPercent, int memUtilPercent,
        int encUtilPercent, int decUtilPercent) {
}
