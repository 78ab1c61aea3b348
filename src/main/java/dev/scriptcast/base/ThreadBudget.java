package dev.scriptcast.base;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a stage may use for its own threads: at most {@code threads} kept busy at once, each made by
 * {@code factory}, so whoever runs the render can follow them (its telemetry counts their CPU time as the
 * render's own).
 */
public record ThreadBudget(int threads, ThreadFactory factory) {
    /**
     * From this many cores a render has cores to spare beside speech and the encoders: work that may turn out
     * unneeded (starting the speech engine early, warming it up) costs no time there. On two cores it would.
     */
    public static final int SPARE_CORES_FROM = 8;

    public ThreadBudget {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Whether this machine has {@link #SPARE_CORES_FROM} cores or more. */
    public static boolean spareCores() {
        return Runtime.getRuntime().availableProcessors() >= SPARE_CORES_FROM;
    }

    /** Every core, on plain platform threads. */
    public static ThreadBudget allCores() {
        return of(Runtime.getRuntime().availableProcessors());
    }

    /** {@code threads} at most, on plain platform threads. */
    public static ThreadBudget of(int threads) {
        return new ThreadBudget(threads, Thread.ofPlatform().factory());
    }

    /** Threads from {@link #factory} named {@code name-1}, {@code name-2}, …; daemons keep no JVM alive. */
    public ThreadFactory named(String name, boolean daemon) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = factory.newThread(task);
            thread.setName(name + "-" + count.incrementAndGet());
            thread.setDaemon(daemon);
            return thread;
        };
    }
}
