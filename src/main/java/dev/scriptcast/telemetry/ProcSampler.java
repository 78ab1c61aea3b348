package dev.scriptcast.telemetry;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads this process's CPU time and memory, its children's, and the whole machine's CPU counters from /proc.
 * The JVM's own CPU time comes from the OS bean (nanoseconds), since /proc/self/stat counts in 10 ms ticks,
 * which is too coarse for a 50 ms sampling interval. Finding the descendants is most of a reading's cost, so
 * sampler ticks refresh that list only every {@link #TREE_REFRESH_TICKS}th time; a child that lives and dies in
 * between is still counted, through this process's reaped-children time.
 */
final class ProcSampler implements AutoCloseable {
    /** One reading; the CPU counters are cumulative and only their differences mean something. */
    record Reading(long nanoTime, long processCpuNs, long renderCpuNs, long systemBusyTicks, long systemTotalTicks,
            long rssKb, List<Long> pids) {
    }

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long selfPid = ProcessHandle.current().pid();
    private final ProcFile selfStat;
    private final ProcFile selfStatus;
    private final ProcFile systemStat;
    private final RenderThreads threads;
    static final int TREE_REFRESH_TICKS = 4;
    private List<Long> descendants = List.of();
    private int ticksSinceRefresh = TREE_REFRESH_TICKS;

    private ProcSampler(ProcFile selfStat, ProcFile selfStatus, ProcFile systemStat, RenderThreads threads) {
        this.selfStat = selfStat;
        this.selfStatus = selfStatus;
        this.systemStat = systemStat;
        this.threads = threads;
    }

    /** {@code threads}: the render's own threads, whose CPU time each reading also sums. */
    static ProcSampler open(RenderThreads threads) throws IOException {
        return new ProcSampler(ProcFile.open(Path.of("/proc/self/stat")), ProcFile.open(Path.of("/proc/self/status")),
                ProcFile.open(Path.of("/proc/stat")), threads);
    }

    long selfPid() {
        return selfPid;
    }

    /** A reading with the process tree looked up afresh. */
    synchronized Reading read() throws IOException {
        ticksSinceRefresh = TREE_REFRESH_TICKS;
        return tick();
    }

    /** A sampler tick's reading, which reuses the process tree found a few ticks ago. */
    synchronized Reading tick() throws IOException {
        if (++ticksSinceRefresh >= TREE_REFRESH_TICKS) {
            descendants = ProcessTree.descendants(selfPid);
            ticksSinceRefresh = 0;
        }
        long now = System.nanoTime();
        long cpuNs = os.getProcessCpuTime() + StatLine.reapedChildTicks(selfStat.read()) * StatLine.NANOS_PER_TICK;
        long rssKb = StatLine.vmRssKb(selfStatus.read());
        List<Long> pids = new ArrayList<>();
        pids.add(selfPid);
        for (long child : descendants) {
            pids.add(child);
            cpuNs += ProcessTree.cpuTicks(child) * StatLine.NANOS_PER_TICK;
            rssKb += ProcessTree.rssKb(child);
        }
        long[] busyTotal = StatLine.systemBusyAndTotal(systemStat.read());
        return new Reading(now, cpuNs, threads.cpuNs(), busyTotal[0], busyTotal[1], rssKb, List.copyOf(pids));
    }

    @Override
    public synchronized void close() throws IOException {
        selfStat.close();
        selfStatus.close();
        systemStat.close();
    }
}
