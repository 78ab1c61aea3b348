package dev.scriptcast.telemetry;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads this process's CPU time and memory from the JVM and /proc. */
final class ProcessStats {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ProcessStats() {}

    static long cpuNanos() {
        return OS.getProcessCpuTime();
    }

    /** Resident set size in MiB (VmRSS), or the JVM heap in use where /proc is absent. */
    static double rssMb() {
        return procStatusKb("VmRSS:") / 1024.0;
    }

    private static long procStatusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // fall through to the heap estimate
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / 1024;
    }
}
