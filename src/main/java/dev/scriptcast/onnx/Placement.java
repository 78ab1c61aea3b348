package dev.scriptcast.onnx;

/**
 * Where an ONNX model should run: on GPU {@code gpuDevice} when {@code tryGpu} and CUDA loads, else on the CPU with at
 * most {@code cpuThreads} threads per run (0: every core).
 */
public record Placement(boolean tryGpu, int gpuDevice, int cpuThreads) {
    public Placement {
        if (gpuDevice < 0 || cpuThreads < 0) {
            throw new IllegalArgumentException("gpuDevice and cpuThreads must be >= 0");
        }
    }

    /** The GPU 0 when there is one, else every core. */
    public static Placement auto() {
        return new Placement(true, 0, 0);
    }

    public static Placement cpu(int cpuThreads) {
        return new Placement(false, 0, cpuThreads);
    }
}
