package dev.scriptcast.base;

/** The stat line of a Linux process or thread ({@code /proc/PID/stat}, {@code /proc/PID/task/TID/stat}, proc(5)). */
public final class ProcStat {
    private ProcStat() {
    }

    /**
     * The fields after the command name, which may itself hold spaces and parentheses: index 0 is the state (field 3
     * of proc(5), counted from 1), so field N of proc(5) is index N - 3.
     */
    public static String[] fields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    }
}
