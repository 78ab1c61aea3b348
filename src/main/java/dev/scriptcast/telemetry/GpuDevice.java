package dev.scriptcast.telemetry;

/**
 * One NVIDIA device as NVML names it. {@code hasEncoder}/{@code hasDecoder} are false when NVML answers "not
 * supported" for the device's encoder/decoder utilisation, i.e. the chip has no NVENC/NVDEC engine.
 */
public record GpuDevice(int index, String name, double memTotalMb, boolean hasEncoder, boolean hasDecoder) {
}
