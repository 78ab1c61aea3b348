package dev.scriptcast.telemetry;

/**
 * One NVIDIA device at one tick, as NVML reports it. Device-wide figures include other processes; the
 * {@code process*} figures are this process and its children only, from NVML's per-process samples.
 */
public record GpuSample(int device, int utilPercent, double memUsedMb, int encoderUtilPercent,
        int decoderUtilPercent, int processSmUtilPercent, int processEncUtilPercent, int processDecUtilPercent) {
}
