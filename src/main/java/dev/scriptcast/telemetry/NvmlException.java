package dev.scriptcast.telemetry;

/** An NVML call returned something other than NVML_SUCCESS. */
final class NvmlException extends Exception {
    private final int code;

    NvmlException(String function, int code, String description) {
        super(function + " failed: " + description + " (" + code + ")");
        this.code = code;
    }

    int code() {
        return code;
    }
}
