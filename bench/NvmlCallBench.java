package dev.scriptcast.telemetry;

import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/** CPU time of each NVML query the sampler makes, averaged over many calls (see nvml.sh). Needs an NVIDIA GPU. */
public final class NvmlCallBench {
    private interface Call {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        try (Nvml nvml = Nvml.open(Nvml.LIBRARY)) {
            System.out.printf(Locale.ROOT, "%-36s %10.2f ms (once)%n", "nvmlInit_v2 + binding",
                    (threads.getCurrentThreadCpuTime() - t0) / 1e6);
            MemorySegment h = nvml.handle(0);
            time("nvmlDeviceGetUtilizationRates", n, () -> nvml.utilization(h));
            time("nvmlDeviceGetMemoryInfo", n, () -> nvml.memory(h));
            time("nvmlDeviceGetDecoderUtilization", n, () -> nvml.decoderUtilization(h));
            // the sampler asks for the samples of the last poll period only, never the driver's whole backlog
            time("nvmlDeviceGetProcessUtilization", n,
                    () -> nvml.processUtilization(h, System.currentTimeMillis() * 1000 - 1_000_000, 1024));
        }
    }

    private static void time(String name, int n, Call call) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        call.run();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < n; i++) {
            call.run();
        }
        System.out.printf(Locale.ROOT, "%-36s %10.3f ms CPU %10.3f ms wall per call%n", name,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n, (System.nanoTime() - wall) / 1e6 / n);
    }
}
