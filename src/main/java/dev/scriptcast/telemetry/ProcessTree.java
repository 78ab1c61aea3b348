package dev.scriptcast.telemetry;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The live descendants of a process, found through {@code /proc/PID/task/TID/children}, which lists the
 * children each thread forked; scanning all of /proc instead would cost far more per tick.
 */
final class ProcessTree {
    private static final Path PROC = Path.of("/proc");

    private ProcessTree() {
    }

    static List<Long> descendants(long rootPid) {
        List<Long> found = new ArrayList<>();
        addChildren(rootPid, found, 0);
        return found;
    }

    private static void addChildren(long pid, List<Long> found, int depth) {
        if (depth > 32) {
            return;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(PROC.resolve(Long.toString(pid)).resolve("task"))) {
            for (Path task : tasks) {
                String children = ProcFile.readOnce(task.resolve("children"));
                if (children == null || children.isBlank()) {
                    continue;
                }
                for (String child : children.trim().split("\\s+")) {
                    long childPid = Long.parseLong(child);
                    found.add(childPid);
                    addChildren(childPid, found, depth + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process exited between listing and reading: it has no children any more
        }
    }

    /** utime + stime + cutime + cstime of one process in clock ticks, or 0 if it has exited. */
    static long cpuTicks(long pid) {
        String stat = ProcFile.readOnce(PROC.resolve(Long.toString(pid)).resolve("stat"));
        return stat == null ? 0 : StatLine.ownAndReapedTicks(stat);
    }

    /** Resident set size of one process in KiB, or 0 if it has exited. */
    static long rssKb(long pid) {
        String status = ProcFile.readOnce(PROC.resolve(Long.toString(pid)).resolve("status"));
        return status == null ? 0 : StatLine.vmRssKb(status);
    }
}
