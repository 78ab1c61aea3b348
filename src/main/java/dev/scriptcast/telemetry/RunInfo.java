package dev.scriptcast.telemetry;

/** The machine and software a run used, and which video encoder it chose and why. */
public record RunInfo(String scriptcastVersion, String startedAt, String java, String os, String arch, int cores,
        long maxHeapMb, GpuInventory gpu, String encoder, String encoderReason) {
}
