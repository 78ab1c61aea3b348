package dev.scriptcast.telemetry;

import java.util.List;

/** What NVML found, or why GPU figures are absent ({@code unavailableReason}, one line). */
public record GpuInventory(boolean available, String unavailableReason, String driverVersion,
        List<GpuDevice> devices) {
    public static final String NOT_FOUND = "no NVIDIA GPU/driver found";

    public GpuInventory {
        devices = List.copyOf(devices);
    }

    static GpuInventory unavailable(String detail) {
        return new GpuInventory(false, NOT_FOUND + " (" + detail + ")", null, List.of());
    }
}
