package dev.scriptcast.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C runs shutdown hooks while the work is still going: interrupting the thread doing it lets each render
 * remove its temp files before the process ends.
 */
final class DiscardOnExit {
    private DiscardOnExit() {}

    static <T> T run(Callable<T> work) throws Exception {
        Thread worker = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onExit = new Thread(() -> {
            worker.interrupt();
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "scriptcast-discard");
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            return work.call();
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException exiting) {
                // the process is already shutting down: the hook has run
            }
        }
    }
}
