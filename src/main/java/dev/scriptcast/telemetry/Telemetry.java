package dev.scriptcast.telemetry;

import dev.scriptcast.base.AppVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a run: a sampler thread reads CPU, memory and (through NVML) GPU state at a fixed interval, and the
 * pipeline wraps each stage with {@link #stage} so samples can be attributed to it. Stages never time themselves.
 */
public final class Telemetry implements AutoCloseable {
    /**
     * The span a stage opens around starting its engine on first need (e.g. the speech engine inside
     * tts_generation); the diagnosis names the time it took.
     */
    public static final String ENGINE_START = "engine start";

    private final long intervalMs;
    private final long runStartNs;
    private final long runStartEpochMs;
    private final long startCpuNs;
    private final long startRenderCpuNs;
    private final RenderThreads threads = new RenderThreads();
    private final RenderThreads.Registration starter;
    private final ProcSampler proc;
    private final NvmlSampler gpu;
    private final GpuInventory inventory;
    private final Sampler sampler;
    private final List<Interval> stages = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<Deque<Interval>> open = ThreadLocal.withInitial(ArrayDeque::new);
    private final Map<String, String> notes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Class<? extends Fact>, Fact> facts = Collections.synchronizedMap(new LinkedHashMap<>());
    private RunMetrics finished;

    private Telemetry(long intervalMs, String nvmlLibrary) throws IOException {
        this.intervalMs = intervalMs;
        this.starter = threads.register();
        this.proc = ProcSampler.open(threads);
        NvmlSampler.Opened opened = NvmlSampler.open(nvmlLibrary);
        this.gpu = opened.sampler();
        this.inventory = opened.inventory();
        // the run starts once the probes are open and have been read once (the first reading pays for loading
        // their code), so that is not time outside every stage
        ProcSampler.Reading first = proc.read();
        this.runStartNs = System.nanoTime();
        this.runStartEpochMs = System.currentTimeMillis();
        this.startCpuNs = first.processCpuNs();
        this.startRenderCpuNs = first.renderCpuNs();
        if (gpu != null) {
            gpu.startClock(runStartEpochMs);
        }
        this.sampler = Sampler.start(intervalMs, runStartNs, proc, gpu);
    }

    /**
     * Starts sampling now; call right before the first stage, on the thread that runs the render, which joins
     * {@link #threads()}.
     */
    public static Telemetry start(long sampleIntervalMs) {
        return start(sampleIntervalMs, Nvml.LIBRARY);
    }

    static Telemetry start(long sampleIntervalMs, String nvmlLibrary) {
        try {
            return new Telemetry(sampleIntervalMs, nvmlLibrary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc for telemetry", e);
        }
    }

    /**
     * The threads working for this render: pools that work for it register their threads here (e.g. through
     * {@link RenderThreads#factory}), so its CPU time excludes other renders in the same JVM.
     */
    public RenderThreads threads() {
        return threads;
    }

    /** Asks NVML once which NVIDIA devices and driver this machine has (for {@code scriptcast doctor}). */
    public static GpuInventory probeGpu() {
        NvmlSampler.Opened opened = NvmlSampler.open(Nvml.LIBRARY);
        if (opened.sampler() != null) {
            opened.sampler().close();
        }
        return opened.inventory();
    }

    /** Runs one stage and records its wall time, CPU time and peak RSS; a failure is recorded and rethrown. */
    public <T> T stage(String name, StageBody<T> body) throws Exception {
        Interval stage = begin(name);
        stages.add(stage);
        open.get().push(stage);
        try {
            return body.run();
        } catch (Exception | Error e) {
            stage.failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            throw e;
        } finally {
            open.get().pop();
            end(stage);
        }
    }

    /**
     * Opens a span inside the innermost stage or span open on this thread, or, on a worker thread of a stage
     * (e.g. one paragraph of speech), inside the stage open now.
     */
    public Span span(String name) {
        Deque<Interval> stack = open.get();
        return open(name, stack.isEmpty() ? openStage() : stack.peek());
    }

    /**
     * Opens a span directly inside the stage open now, whatever spans this thread has open: for work one piece of
     * a stage does that holds up the whole stage, such as starting its engine ({@link #ENGINE_START}) for the
     * first paragraph that needs it.
     */
    public Span stageSpan(String name) {
        return open(name, openStage());
    }

    private Span open(String name, Interval parent) {
        Interval span = begin(name);
        Deque<Interval> stack = open.get();
        if (parent != null) {
            parent.add(span);
        } else {
            stages.add(span);
        }
        stack.push(span);
        return new Span(() -> {
            stack.remove(span);
            end(span);
        });
    }

    private Interval openStage() {
        synchronized (stages) {
            for (int i = stages.size() - 1; i >= 0; i--) {
                if (stages.get(i).endMs < 0) {
                    return stages.get(i);
                }
            }
        }
        return null;
    }

    /** Records a fact about the run for metrics.json and the report; it replaces an earlier one of its kind. */
    public void fact(Fact fact) {
        facts.put(fact.getClass(), fact);
    }

    /**
     * A GPU engine a stage also uses beside its main device ({@code device}: cuda, nvdec or nvenc), e.g. a video
     * decoded with h264_cuvid while frames are encoded on the CPU; the report checks NVML saw it working.
     */
    public void stageUses(String stage, String device, String engine) {
        notes.put(stage + ".uses." + device, engine);
    }

    /**
     * What a stage was set up to run on ({@code device}: cpu, cuda, nvdec or nvenc), with which engine and why;
     * the report compares this with what was measured.
     */
    public void stageDevice(String stage, String device, String engine, String why) {
        notes.put(stage + ".device", device);
        if (engine != null) {
            notes.put(stage + ".engine", engine);
        }
        if (why != null) {
            notes.put(stage + ".why", why);
        }
    }

    private long nowMs() {
        return (System.nanoTime() - runStartNs) / 1_000_000L;
    }

    private ProcSampler.Reading read() {
        try {
            return proc.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc for telemetry", e);
        }
    }

    /** The interval starts when asked, before its opening reading. */
    private Interval begin(String name) {
        long startMs = nowMs();
        ProcSampler.Reading r = read();
        return new Interval(name, startMs, r.processCpuNs(), r.renderCpuNs(), r.rssKb());
    }

    /** The interval ends after its closing reading, so back-to-back stages leave no gap for telemetry itself. */
    private void end(Interval interval) {
        ProcSampler.Reading r = read();
        interval.endCpuNs = r.processCpuNs();
        interval.endRenderCpuNs = r.renderCpuNs();
        interval.peakRssKb = Math.max(interval.peakRssKb, r.rssKb());
        interval.endMs = Math.max(interval.startMs, nowMs());
    }

    /** Stops sampling and returns what was measured; later calls return the same result. */
    public synchronized RunMetrics finish() {
        if (finished != null) {
            return finished;
        }
        long totalMs = nowMs();
        ProcSampler.Reading last = read();
        double cpuMs = (last.processCpuNs() - startCpuNs) / 1e6;
        double renderCpuMs = (last.renderCpuNs() - startRenderCpuNs) / 1e6;
        int renderThreads = threads.count();
        boolean shared = threads.shared();
        starter.close();
        sampler.close();
        if (gpu != null) {
            gpu.close();
        }
        try {
            proc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        attributionNote(sampler.processGpuSamples());
        Facts recorded;
        synchronized (facts) {
            recorded = Facts.of(facts);
        }
        finished = new RunAnalysis(inventory, snapshot(notes), sampler.samples(),
                sampler.processGpuSamples()).metrics(runInfo(recorded.encoder()), totalMs,
                cpuMs, new RunCpu(RunAnalysis.round1(renderCpuMs), renderThreads, shared,
                threads.supported()), List.copyOf(stages), recorded,
                summary());
        return finished;
    }

    /** Says so when NVML saw GPU work only from pids outside this process tree, which it cannot attribute. */
    private void attributionNote(List<ProcessGpuSample> all) {
        if (all.stream().noneMatch(ProcessGpuSample::ours) && all.stream().anyMatch(p -> p.smUtilPercent() > 0
                || p.decUtilPercent() > 0 || p.encUtilPercent() > 0)) {
            notes.put("gpu.attribution", "NVML reported GPU work only for pids outside this process tree ("
                    + all.stream().map(ProcessGpuSample::pid).distinct().limit(5).toList()
                    + "): another program, or NVML sees this process under another PID namespace (a container)");
        }
    }

    private SamplerSummary summary() {
        Throwable failure = sampler.failure();
        return new SamplerSummary(intervalMs, RunAnalysis.medianIntervalMs(sampler.samples()), sampler.cost(),
                failure == null ? null : failure.toString());
    }

    private RunInfo runInfo(Fact.Encoder encoder) {
        String version = AppVersion.VALUE;
        Runtime rt = Runtime.getRuntime();
        return new RunInfo(version, Instant.ofEpochMilli(runStartEpochMs).toString(),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("os.arch"),
                rt.availableProcessors(), rt.maxMemory() / 1048576, inventory, encoder == null ? null : encoder.used(),
                encoder == null ? null : encoder.reason(), Map.of());
    }

    private static Map<String, String> snapshot(Map<String, String> map) {
        synchronized (map) {
            return new LinkedHashMap<>(map);
        }
    }

    @Override
    public void close() {
        finish();
    }
}
