package dev.scriptcast.telemetry;

import java.util.Map;

/**
 * The machine and software a run used, which video encoder it chose and why, and what the run was asked to do
 * ({@code inputs}: script, output, settings, as the pipeline describes them).
 */
public record RunInfo(String scriptcastVersion, String startedAt, String java, String os, String arch, int cores,
        long maxHeapMb, GpuInventory gpu, String encoder, String encoderReason, Map<String, Object> inputs) {
    RunInfo withInputs(Map<String, Object> more) {
        return new RunInfo(scriptcastVersion, startedAt, java, os, arch, cores, maxHeapMb, gpu, encoder, encoderReason,
                more);
    }
}
