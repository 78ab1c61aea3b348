package dev.scriptcast.telemetry;

import dev.scriptcast.base.ProcStat;

/** Parsers for the /proc text formats the sampler reads (see proc(5)). */
final class StatLine {
    /** /proc exposes times in USER_HZ, which is 100 on every Linux architecture the program runs on. */
    static final long NANOS_PER_TICK = 10_000_000L;

    private StatLine() {
    }

    /** utime + stime + cutime + cstime (fields 14 to 17 of proc(5), counted from 1). */
    static long ownAndReapedTicks(String stat) {
        String[] f = ProcStat.fields(stat);
        return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    /** utime + stime (fields 14 and 15 of proc(5)): a process's or thread's own CPU time. */
    static long ownTicks(String stat) {
        String[] f = ProcStat.fields(stat);
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** cutime + cstime: CPU time of children this process has waited for. */
    static long reapedChildTicks(String stat) {
        String[] f = ProcStat.fields(stat);
        return Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }

    /** The VmRSS line of /proc/PID/status in KiB; 0 for kernel threads, which have none. */
    static long vmRssKb(String status) {
        int at = status.indexOf("VmRSS:");
        if (at < 0) {
            return 0;
        }
        int end = status.indexOf('\n', at);
        String value = status.substring(at + 6, end < 0 ? status.length() : end).trim();
        return Long.parseLong(value.substring(0, value.indexOf(' ')));
    }

    /**
     * Busy and total jiffies from the first line of /proc/stat. Idle and iowait count as not busy;
     * guest time is already inside user time, so it is left out of the total.
     */
    static long[] systemBusyAndTotal(String procStat) {
        String line = procStat.substring(0, procStat.indexOf('\n'));
        String[] f = line.substring(3).trim().split("\\s+");
        long total = 0;
        for (int i = 0; i < Math.min(8, f.length); i++) {
            total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[3]) + Long.parseLong(f[4]);
        return new long[] {total - idle, total};
    }
}
