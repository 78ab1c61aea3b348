package dev.scriptcast.telemetry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.DoubleAccumulator;

/**
 * Measures a run from outside its stages: the pipeline wraps each stage in {@link #stage}, which records wall
 * time, process CPU time and the peak resident memory seen while the stage ran.
 */
public final class Telemetry implements AutoCloseable {
    private final long startNanos = System.nanoTime();
    private final long startCpuNanos = ProcessStats.cpuNanos();
    private final long sampleIntervalMs;
    private final List<StageMetrics> stages = new ArrayList<>();
    private final Map<String, Object> notes = new LinkedHashMap<>();
    private final ScheduledExecutorService sampler;
    private final DoubleAccumulator peakRss = new DoubleAccumulator(Math::max, 0);

    private Telemetry(long sampleIntervalMs) {
        this.sampleIntervalMs = sampleIntervalMs;
        this.sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "scriptcast-sampler");
            t.setDaemon(true);
            return t;
        });
    }

    public static Telemetry start(long sampleIntervalMs) {
        return new Telemetry(sampleIntervalMs);
    }

    public <T> T stage(String name, StageBody<T> body) throws Exception {
        long start = elapsedMs();
        long cpu = ProcessStats.cpuNanos();
        peakRss.reset();
        peakRss.accumulate(ProcessStats.rssMb());
        ScheduledFuture<?> rssWatch = sampler.scheduleAtFixedRate(
                () -> peakRss.accumulate(ProcessStats.rssMb()), 0, sampleIntervalMs, TimeUnit.MILLISECONDS);
        try {
            return body.run();
        } finally {
            rssWatch.cancel(false);
            peakRss.accumulate(ProcessStats.rssMb());
            synchronized (stages) {
                stages.add(new StageMetrics(name, start, elapsedMs(),
                        (ProcessStats.cpuNanos() - cpu) / 1_000_000, peakRss.get()));
            }
        }
    }

    /** Records a fact for the report, e.g. which encoder was used and why. */
    public void note(String key, Object value) {
        synchronized (notes) {
            notes.put(key, value);
        }
    }

    public RunMetrics finish() {
        sampler.shutdownNow();
        synchronized (stages) {
            return new RunMetrics(elapsedMs(), (ProcessStats.cpuNanos() - startCpuNanos) / 1_000_000, stages,
                    new LinkedHashMap<>(notes));
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    private long elapsedMs() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
