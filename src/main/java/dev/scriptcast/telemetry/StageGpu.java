package dev.scriptcast.telemetry;

/**
 * What NVML saw on one device during a stage. Device-wide figures ({@code util*}, {@code memDeltaMb},
 * {@code decoderUtilMax}, {@code encoderUtilMax}) include every process on the card; the {@code process*}
 * figures are this process and its children only.
 */
public record StageGpu(int device, String name, double utilAvg, int utilMax, double memDeltaMb, int decoderUtilMax,
        int encoderUtilMax, double processUtilAvg, int processUtilMax, int processDecoderUtilMax,
        int processEncoderUtilMax, int processSamples) {

    /** Whether our own processes did anything on this device in the stage. */
    public boolean usedByUs() {
        return processUtilMax > 0 || processDecoderUtilMax > 0 || processEncoderUtilMax > 0;
    }
}
