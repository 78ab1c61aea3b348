package dev.scriptcast.telemetry;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads this process's CPU time and memory, its children's, and the whole machine's CPU counters from /proc.
 * The JVM's own CPU time comes from the OS bean (nanoseconds), since /proc/self/stat counts in 10 ms ticks,
 * which is too coarse for a 50 ms sampling interval.
 */
final class ProcSampler implements AutoCloseable {
    /** One reading; the CPU counters are cumulative and only their differences mean something. */
    record Reading(long nanoTime, long processCpuNs, long systemBusyTicks, long systemTotalTicks, long rssKb,
            List<Long> pids) {
    }

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long selfPid = ProcessHandle.current().pid();
    private final ProcFile selfStat;
    private final ProcFile selfStatus;
    private final ProcFile systemStat;

    private ProcSampler(ProcFile selfStat, ProcFile selfStatus, ProcFile systemStat) {
        this.selfStat = selfStat;
        this.selfStatus = selfStatus;
        this.systemStat = systemStat;
    }

    static ProcSampler open() throws IOException {
        return new ProcSampler(ProcFile.open(Path.of("/proc/self/stat")), ProcFile.open(Path.of("/proc/self/status")),
                ProcFile.open(Path.of("/proc/stat")));
    }

    long selfPid() {
        return selfPid;
    }

    synchronized Reading read() throws IOException {
        long now = System.nanoTime();
        long cpuNs = os.getProcessCpuTime() + StatLine.reapedChildTicks(selfStat.read()) * StatLine.NANOS_PER_TICK;
        long rssKb = StatLine.vmRssKb(selfStatus.read());
        List<Long> pids = new ArrayList<>();
        pids.add(selfPid);
        for (long child : ProcessTree.descendants(selfPid)) {
            pids.add(child);
            cpuNs += ProcessTree.cpuTicks(child) * StatLine.NANOS_PER_TICK;
            rssKb += ProcessTree.rssKb(child);
        }
        long[] busyTotal = StatLine.systemBusyAndTotal(systemStat.read());
        return new Reading(now, cpuNs, busyTotal[0], busyTotal[1], rssKb, List.copyOf(pids));
    }

    @Override
    public synchronized void close() throws IOException {
        selfStat.close();
        selfStatus.close();
        systemStat.close();
    }
}
