package dev.scriptcast.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two renders measured at once in one JVM: each one's own CPU figure leaves out the other's work. */
class RenderThreadsTest {
    private static final long BUSY_MS = 400;

    /** One render: its pool burns {@code cpuMs} of CPU; returns {measured render CPU ms, the pool thread's own}. */
    private static double[] render(long cpuMs, CountDownLatch bothStarted) throws Exception {
        try (Telemetry t = Telemetry.start(20, "libnvidia-ml-absent.so.1")) {
            ExecutorService pool = Executors.newSingleThreadExecutor(t.threads().factory(Thread.ofPlatform().factory()));
            double[] poolCpuMs = new double[1];
            t.stage("work", () -> {
                bothStarted.countDown();
                bothStarted.await();
                pool.submit(() -> poolCpuMs[0] = spin(cpuMs)).get();
                return null;
            });
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
            RunMetrics m = t.finish();
            assertThat(m.cpu().perRenderSupported()).isTrue();
            return new double[] {m.stage("work").renderCpuMs(), poolCpuMs[0], m.stage("work").cpuMs()};
        }
    }

    /** Burns {@code cpuMs} of this thread's CPU time and returns what it burned. */
    private static double spin(long cpuMs) {
        var threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long end = start + cpuMs * 1_000_000L;
        double acc = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            acc += Math.sqrt(acc + 1);
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e6 + (acc < 0 ? 1 : 0);
    }

    @Test
    void concurrentRendersCountOnlyTheirOwnThreads() throws Exception {
        CountDownLatch bothStarted = new CountDownLatch(2);
        double[] a;
        double[] b;
        try (ExecutorService renders = Executors.newFixedThreadPool(2)) {
            var light = renders.submit(() -> render(BUSY_MS / 4, bothStarted));
            var heavy = renders.submit(() -> render(BUSY_MS, bothStarted));
            a = light.get();
            b = heavy.get();
        }
        // each render's figure is its own pool thread's CPU, within scheduler accounting slack
        assertThat(a[0]).isBetween(a[1] * 0.8, a[1] + 60);
        assertThat(b[0]).isBetween(b[1] * 0.8, b[1] + 60);
        // while the process-wide figure of the heavy render, whose stage spans the light one's, holds both
        // (less /proc/self/stat's 10 ms ticks at each end)
        assertThat(b[2]).isGreaterThan(b[1] + a[1] * 0.8 - 30);
    }

    @Test
    void aThreadWorkingForTwoRendersAtOnceIsReportedAsShared() throws Exception {
        try (Telemetry a = Telemetry.start(20, "libnvidia-ml-absent.so.1");
             Telemetry b = Telemetry.start(20, "libnvidia-ml-absent.so.1")) {
            RunMetrics first = a.finish();
            RunMetrics second = b.finish();
            assertThat(first.cpu().sharedThreads()).isTrue();
            assertThat(second.cpu().sharedThreads()).isTrue();
            assertThat(ReportMarkdown.summary(second)).contains("also worked for another render at the same time");
        }
        try (Telemetry alone = Telemetry.start(20, "libnvidia-ml-absent.so.1")) {
            assertThat(alone.finish().cpu().sharedThreads()).isFalse();
        }
    }
}
