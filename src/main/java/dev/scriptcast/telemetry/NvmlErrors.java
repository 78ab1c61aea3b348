package dev.scriptcast.telemetry;

import java.util.Map;

/**
 * The meanings of nvmlReturn_t codes as nvml.h documents them, used when nvmlErrorString itself cannot be
 * called (the library failed to load or lacks the symbol).
 */
final class NvmlErrors {
    static final int SUCCESS = 0;
    static final int NOT_SUPPORTED = 3;
    static final int NOT_FOUND = 6;
    static final int INSUFFICIENT_SIZE = 7;

    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(0, "Success"),
            Map.entry(1, "NVML was not first initialized"),
            Map.entry(2, "Invalid argument"),
            Map.entry(3, "Not supported on this device"),
            Map.entry(4, "No permission"),
            Map.entry(5, "Already initialized"),
            Map.entry(6, "Not found"),
            Map.entry(7, "Insufficient size"),
            Map.entry(8, "Insufficient external power"),
            Map.entry(9, "NVIDIA driver is not loaded"),
            Map.entry(10, "Timeout"),
            Map.entry(11, "Interrupt request issue"),
            Map.entry(12, "NVML shared library not found"),
            Map.entry(13, "Function not found in the NVML library"),
            Map.entry(14, "infoROM is corrupted"),
            Map.entry(15, "GPU is lost (fell off the bus or is inaccessible)"),
            Map.entry(16, "GPU requires a reset"),
            Map.entry(17, "GPU access blocked by the operating system or cgroups"),
            Map.entry(18, "Driver and NVML library versions do not match"),
            Map.entry(19, "GPU is in use"),
            Map.entry(20, "Insufficient memory"),
            Map.entry(21, "No data"),
            Map.entry(22, "vGPU operation unavailable because ECC is enabled"),
            Map.entry(23, "Ran out of critical resources other than memory"),
            Map.entry(24, "Frequency not supported"),
            Map.entry(25, "Argument version is invalid or unsupported"),
            Map.entry(26, "Deprecated"),
            Map.entry(27, "System is not ready"),
            Map.entry(28, "No GPUs were found"),
            Map.entry(29, "Resource not in the correct state"),
            Map.entry(30, "Reset type not supported"),
            Map.entry(999, "Unknown internal driver error"));

    private NvmlErrors() {
    }

    static String describe(int code) {
        return MEANINGS.getOrDefault(code, "Unknown NVML return code");
    }
}
