package dev.scriptcast.compose;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.scriptcast.base.ProcStat;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Opens an encoder without leaving the process on real-time scheduling. SVT-AV1 (in FFmpeg's {@code libsvtav1})
 * switches the thread that opens it to SCHED_FIFO at the highest priority when it may, that is when the process runs
 * as root, and every thread that thread starts afterwards inherits it: SVT-AV1's own workers, and the render's
 * segment, speech and child-process threads. A real-time thread that spins while it waits holds its core against
 * everything else: on a machine of two cores, two renders started from such a thread (by the test run) spun at that
 * priority for minutes. Threads that were on normal scheduling before the open are put back on it; a process started
 * real-time on purpose ({@code chrt}) is left as it is.
 */
final class EncoderScheduling {
    private static final int SCHED_OTHER = 0;
    private static final int SCHED_FIFO = 1;
    private static final int SCHED_RR = 2;
    private static final Path TASKS = Path.of("/proc/self/task");

    private EncoderScheduling() {
    }

    /** Runs {@code open} (an encoder's open) and puts any thread it made real-time back on normal scheduling. */
    static <T> T open(Callable<T> open) throws Exception {
        boolean wasNormal = policyOfThisThread() == SCHED_OTHER;
        try {
            return open.call();
        } finally {
            // SVT-AV1 switches the opening thread itself, so the opening thread tells whether any thread changed
            if (wasNormal && isRealTime(policyOfThisThread())) {
                backToNormal();
            }
        }
    }

    /** This thread's scheduling policy (SCHED_OTHER is 0); -1 where it cannot be read. */
    static int policyOfThisThread() {
        return policyIn(Path.of("/proc/thread-self/stat"));
    }

    private static boolean isRealTime(int policy) {
        return policy == SCHED_FIFO || policy == SCHED_RR;
    }

    private static void backToNormal() {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                if (isRealTime(policyIn(task.resolve("stat")))) {
                    normal(Integer.parseInt(task.getFileName().toString()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no /proc: nothing was found real-time
        }
    }

    /** The policy field of a /proc stat file (field 41 of proc(5)), or -1. */
    private static int policyIn(Path stat) {
        try {
            return Integer.parseInt(ProcStat.fields(Files.readString(stat))[41 - 3]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void normal(int tid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment priority = arena.allocate(JAVA_INT);
            priority.set(JAVA_INT, 0, 0);
            int ignored = (int) Libc.SET_SCHEDULER.invokeExact(tid, SCHED_OTHER, priority);
        } catch (Throwable e) {
            // lowering a thread of this process is always allowed; one that has ended needs nothing
        }
    }

    /** libc's sched_setscheduler, looked up only once a thread has to be put back. */
    private static final class Libc {
        private static final Linker LINKER = Linker.nativeLinker();
        static final MethodHandle SET_SCHEDULER = LINKER.downcallHandle(
                LINKER.defaultLookup().find("sched_setscheduler").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    }
}
