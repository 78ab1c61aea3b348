package dev.scriptcast.telemetry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads working for one render, so its CPU time can be told apart from other renders in the same JVM.
 * A thread joins with {@link #register()} (a pool does it on thread start through {@link #factory}); its CPU
 * time counts from then until the registration is closed. Linux names each thread by its kernel id
 * ({@code /proc/thread-self}) and keeps its run time in {@code /proc/self/task/<tid>/schedstat}, in
 * nanoseconds. Threads that native code starts for itself (x264's encoder threads, FFmpeg's) are never
 * registered: their CPU time shows only in the process-wide figures. A thread registered to two renders at once
 * (a pool they share) counts in both, and each then says so ({@link #shared()}).
 */
public final class RenderThreads {
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");
    private static final Path TASKS = Path.of("/proc/self/task");
    /** Kernel thread id → how many renders have it registered now, across the JVM. */
    private static final Map<Long, Integer> OWNERS = new ConcurrentHashMap<>();

    /** Kernel thread id → its run time when it registered. */
    private final Map<Long, Long> baselines = new ConcurrentHashMap<>();
    private final AtomicLong leftNs = new AtomicLong();
    private final AtomicInteger registrations = new AtomicInteger();
    private final boolean supported = Files.isSymbolicLink(THREAD_SELF);
    private volatile boolean shared;

    /** An open registration; closing it (on the same thread) keeps the CPU time used so far and stops counting. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Whether this system lets a render count its own threads (Linux). */
    public boolean supported() {
        return supported;
    }

    /** Counts the calling thread's CPU time toward this render from now on. */
    public Registration register() {
        long tid = currentTid();
        if (tid < 0) {
            return () -> { };
        }
        if (OWNERS.merge(tid, 1, Integer::sum) > 1) {
            shared = true;
        }
        baselines.put(tid, runNs(tid));
        registrations.incrementAndGet();
        return () -> {
            Long start = baselines.remove(tid);
            if (start != null) {
                leftNs.addAndGet(Math.max(0, runNs(tid) - start));
                OWNERS.computeIfPresent(tid, (k, n) -> n == 1 ? null : n - 1);
            }
        };
    }

    /** A thread factory whose threads register with this render while they run. */
    public ThreadFactory factory(ThreadFactory base) {
        return task -> base.newThread(() -> {
            try (Registration ignored = register()) {
                task.run();
            }
        });
    }

    /** Whether a thread of this render was registered to another render at the same time. */
    public boolean shared() {
        return shared || baselines.keySet().stream().anyMatch(tid -> OWNERS.getOrDefault(tid, 0) > 1);
    }

    /** How many threads have registered so far, those that have left included. */
    public int count() {
        return registrations.get();
    }

    /** CPU time of the registered threads since each registered, plus that of threads that have left. */
    long cpuNs() {
        long total = leftNs.get();
        for (Map.Entry<Long, Long> e : baselines.entrySet()) {
            total += Math.max(0, runNs(e.getKey()) - e.getValue());
        }
        return total;
    }

    private long currentTid() {
        if (!supported || Thread.currentThread().isVirtual()) {
            return -1;
        }
        try {
            // "<pid>/task/<tid>"
            return Long.parseLong(Files.readSymbolicLink(THREAD_SELF).getFileName().toString());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Time the thread has run on a CPU, in nanoseconds (schedstat), or in 10 ms ticks from its stat where the
     * kernel has no schedstat; 0 once it has exited.
     */
    private static long runNs(long tid) {
        Path task = TASKS.resolve(Long.toString(tid));
        String schedstat = ProcFile.readOnce(task.resolve("schedstat"));
        if (schedstat != null && schedstat.indexOf(' ') > 0) {
            return Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
        }
        String stat = ProcFile.readOnce(task.resolve("stat"));
        return stat == null ? 0 : StatLine.ownTicks(stat) * StatLine.NANOS_PER_TICK;
    }
}
