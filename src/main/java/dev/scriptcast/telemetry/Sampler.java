package dev.scriptcast.telemetry;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread that reads /proc (and the GPU probe) at a fixed rate. Each sample covers the interval since
 * the previous one; ticks that fall behind are skipped rather than bunched, so intervals stay even. Stopping
 * takes one last sample, so the final stage is covered however short it was.
 */
final class Sampler implements AutoCloseable {
    private final long intervalNs;
    private final long runStartNs;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final ProcSampler proc;
    private volatile GpuProbe gpu;
    private final List<Sample> samples = new ArrayList<>();
    private final List<ProcessGpuSample> processGpuSamples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long threadCpuNs;
    private volatile long ticks;
    private volatile long lastTickNs;
    private volatile Throwable failure;
    private ProcSampler.Reading baseline;

    private Sampler(long intervalMs, long runStartNs, ProcSampler proc, GpuProbe gpu) {
        this.intervalNs = intervalMs * 1_000_000L;
        this.runStartNs = runStartNs;
        this.proc = proc;
        this.gpu = gpu;
        this.thread = Thread.ofPlatform().daemon().name("scriptcast-telemetry").unstarted(this::loop);
    }

    /** Starts sampling; {@code gpu} may be null when no GPU can be observed. */
    static Sampler start(long intervalMs, long runStartNs, ProcSampler proc, GpuProbe gpu) {
        if (intervalMs < 1) {
            throw new IllegalArgumentException("sample interval must be at least 1 ms, was " + intervalMs);
        }
        Sampler sampler = new Sampler(intervalMs, runStartNs, proc, gpu);
        try {
            // the baseline is read before start() returns, so the first sample covers the run from its start
            sampler.baseline = proc.read();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read /proc for telemetry", e);
        }
        sampler.thread.start();
        return sampler;
    }

    private void loop() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startCpu = threads.getCurrentThreadCpuTime();
        try {
            ProcSampler.Reading previous = baseline;
            long next = previous.nanoTime() + intervalNs;
            while (running) {
                LockSupport.parkNanos(next - System.nanoTime());
                if (!running) {
                    break;
                }
                ProcSampler.Reading now = proc.tick();
                record(previous, now);
                previous = now;
                next += intervalNs;
                long late = System.nanoTime() - next;
                if (late > 0) {
                    next += (late / intervalNs + 1) * intervalNs;
                }
                threadCpuNs = threads.getCurrentThreadCpuTime() - startCpu;
                ticks++;
                lastTickNs = now.nanoTime();
            }
            record(previous, proc.read());
        } catch (Throwable t) {
            failure = t;
        }
    }

    private void record(ProcSampler.Reading before, ProcSampler.Reading now) {
        long tMs = (now.nanoTime() - runStartNs) / 1_000_000L;
        double wallNs = now.nanoTime() - before.nanoTime();
        double cpu = 100.0 * (now.processCpuNs() - before.processCpuNs()) / (wallNs * cores);
        long totalTicks = now.systemTotalTicks() - before.systemTotalTicks();
        double system = totalTicks <= 0 ? 0 : 100.0 * (now.systemBusyTicks() - before.systemBusyTicks()) / totalTicks;
        GpuProbe.Tick gpuTick = gpuTick(tMs, now.pids());
        double render = 100.0 * (now.renderCpuNs() - before.renderCpuNs()) / (wallNs * cores);
        Sample sample = new Sample(tMs, clampPercent(cpu), clampPercent(render), clampPercent(system), now.rssKb() / 1024.0,
                gpuTick.devices());
        synchronized (this) {
            samples.add(sample);
            processGpuSamples.addAll(gpuTick.processSamples());
        }
    }

    /** A GPU that stops answering (e.g. fell off the bus) ends GPU sampling only; CPU sampling goes on. */
    private GpuProbe.Tick gpuTick(long tMs, List<Long> pids) {
        GpuProbe probe = gpu;
        if (probe != null) {
            try {
                return probe.sample(tMs, pids);
            } catch (RuntimeException e) {
                gpu = null;
                failure = new IllegalStateException("GPU sampling stopped at " + tMs + " ms: " + e.getMessage(), e);
            }
        }
        return new GpuProbe.Tick(List.of(), List.of());
    }

    private static double clampPercent(double p) {
        return Math.max(0, Math.min(100, p));
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    synchronized List<ProcessGpuSample> processGpuSamples() {
        return List.copyOf(processGpuSamples);
    }

    /** Stops the thread and waits for it. A broken sampler must not break the render: see {@link #failure()}. */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What stopped the sampler early, or null. */
    Throwable failure() {
        return failure;
    }

    SamplerCost cost() {
        double cpuMs = threadCpuNs / 1e6;
        double wallMs = ticks == 0 ? 0 : (lastTickNs - runStartNs) / 1e6;
        double ofCore = wallMs <= 0 ? 0 : 100.0 * cpuMs / wallMs;
        return new SamplerCost(ticks, cpuMs, wallMs, ofCore, ofCore / cores);
    }
}
