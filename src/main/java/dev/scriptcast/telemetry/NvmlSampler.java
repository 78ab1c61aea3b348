package dev.scriptcast.telemetry;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every NVIDIA device through NVML every {@link #POLL_MS}; ticks in between repeat the last reading.
 * NVML's utilisation figures are themselves averages over the driver's sampling period (about 1/6 s), so polling
 * faster only costs CPU. Per-process figures come from NVML's own per-process samples, which the driver stamps
 * with its own time: they are fetched every {@link #PROCESS_POLL_MS}, all those newer than the last seen, so none
 * is lost by asking less often, and a tick repeats the last value for up to {@link #HOLD_MS}.
 */
final class NvmlSampler implements GpuProbe {
    static final long POLL_MS = 200L;
    static final long PROCESS_POLL_MS = 1_000L;
    static final long HOLD_MS = 1_500L;
    private static final long EPOCH_TOLERANCE_US = 600_000_000L;

    /** An opened sampler, or none, and what the inventory says either way. */
    record Opened(NvmlSampler sampler, GpuInventory inventory) {
    }

    private final Nvml nvml;
    private final List<GpuDevice> devices;
    private final MemorySegment[] handles;
    private final long[] lastSeenUs;
    private final long[] lastOursTickMs;
    private long lastPollMs = Long.MIN_VALUE / 2;
    private long lastProcessPollMs = Long.MIN_VALUE / 2;
    private List<GpuSample> lastReading = List.of();
    private final int[][] lastOurs;
    private volatile long runStartEpochMs;
    private int capacity = 64;

    private NvmlSampler(Nvml nvml, List<GpuDevice> devices, MemorySegment[] handles) {
        this.nvml = nvml;
        this.devices = devices;
        this.handles = handles;
        this.lastSeenUs = new long[handles.length];
        this.lastOursTickMs = new long[handles.length];
        this.lastOurs = new int[handles.length][3];
    }

    /** Opens NVML from {@code library}; without it, returns no sampler and an inventory that says why. */
    static Opened open(String library) {
        Nvml nvml;
        try {
            nvml = Nvml.open(library);
        } catch (NvmlException e) {
            return new Opened(null, GpuInventory.unavailable(e.getMessage()));
        }
        try {
            int count = nvml.deviceCount();
            List<GpuDevice> devices = new ArrayList<>();
            MemorySegment[] handles = new MemorySegment[count];
            for (int i = 0; i < count; i++) {
                MemorySegment h = nvml.handle(i);
                handles[i] = h;
                devices.add(new GpuDevice(i, nvml.name(h), nvml.memory(h)[0] / 1048576.0,
                        supported(() -> nvml.encoderUtilization(h)), supported(() -> nvml.decoderUtilization(h))));
            }
            if (count == 0) {
                nvml.close();
                return new Opened(null, GpuInventory.unavailable("NVML reports no devices"));
            }
            NvmlSampler sampler = new NvmlSampler(nvml, List.copyOf(devices), handles);
            sampler.skipOldProcessSamples();
            return new Opened(sampler, new GpuInventory(true, null, nvml.driverVersion(), devices));
        } catch (NvmlException e) {
            nvml.close();
            return new Opened(null, GpuInventory.unavailable(e.getMessage()));
        }
    }

    private interface NvmlRead {
        int read() throws NvmlException;
    }

    private static boolean supported(NvmlRead read) throws NvmlException {
        try {
            read.read();
            return true;
        } catch (NvmlException e) {
            if (e.code() == NvmlErrors.NOT_SUPPORTED) {
                return false;
            }
            throw e;
        }
    }

    /** NVML keeps a backlog of samples from before the run; only what comes after belongs to it. */
    private void skipOldProcessSamples() throws NvmlException {
        for (int d = 0; d < handles.length; d++) {
            for (Nvml.ProcessSample s : readProcessSamples(d)) {
                lastSeenUs[d] = Math.max(lastSeenUs[d], s.timeStampUs());
            }
        }
    }

    private List<Nvml.ProcessSample> readProcessSamples(int d) throws NvmlException {
        try {
            return nvml.processUtilization(handles[d], lastSeenUs[d], capacity);
        } catch (NvmlException e) {
            if (e.code() == NvmlErrors.INSUFFICIENT_SIZE) {
                capacity *= 4;
                return nvml.processUtilization(handles[d], lastSeenUs[d], capacity);
            }
            if (e.code() == NvmlErrors.NOT_SUPPORTED) {
                return List.of();
            }
            throw e;
        }
    }

    /** Wall-clock time of the run's start, to place NVML's timestamps on the run's clock. */
    void startClock(long epochMs) {
        runStartEpochMs = epochMs;
    }

    @Override
    public Tick sample(long tMs, List<Long> pids) {
        if (tMs - lastPollMs < POLL_MS) {
            return new Tick(lastReading, List.of());
        }
        lastPollMs = tMs;
        boolean processPoll = tMs - lastProcessPollMs >= PROCESS_POLL_MS;
        if (processPoll) {
            lastProcessPollMs = tMs;
        }
        Set<Long> ours = new HashSet<>(pids);
        List<GpuSample> out = new ArrayList<>(handles.length);
        List<ProcessGpuSample> processSamples = new ArrayList<>();
        for (int d = 0; d < handles.length; d++) {
            try {
                out.add(sampleDevice(d, tMs, processPoll ? ours : null, processSamples));
            } catch (NvmlException e) {
                throw new IllegalStateException("GPU " + d + ": " + e.getMessage(), e);
            }
        }
        lastReading = List.copyOf(out);
        return new Tick(lastReading, processSamples);
    }

    /** One device's reading; {@code ours} is null on ticks that do not fetch per-process samples. */
    private GpuSample sampleDevice(int d, long tMs, Set<Long> ours, List<ProcessGpuSample> processSamples)
            throws NvmlException {
        MemorySegment h = handles[d];
        GpuDevice device = devices.get(d);
        int util = nvml.utilization(h)[0];
        double memUsedMb = nvml.memory(h)[2] / 1048576.0;
        int enc = device.hasEncoder() ? nvml.encoderUtilization(h) : 0;
        int dec = device.hasDecoder() ? nvml.decoderUtilization(h) : 0;
        long newestUs = lastSeenUs[d];
        Map<Long, Nvml.ProcessSample> latestPerPid = new HashMap<>();
        for (Nvml.ProcessSample s : ours == null ? List.<Nvml.ProcessSample>of() : readProcessSamples(d)) {
            newestUs = Math.max(newestUs, s.timeStampUs());
            boolean mine = ours.contains(s.pid());
            processSamples.add(new ProcessGpuSample(toRunMs(s.timeStampUs(), tMs), d, s.pid(), mine, s.smUtil(),
                    s.memUtil(), s.encUtil(), s.decUtil()));
            if (!mine) {
                continue;
            }
            latestPerPid.merge(s.pid(), s, (a, b) -> a.timeStampUs() >= b.timeStampUs() ? a : b);
        }
        if (!latestPerPid.isEmpty()) {
            int[] sum = new int[3];
            for (Nvml.ProcessSample s : latestPerPid.values()) {
                sum[0] += s.smUtil();
                sum[1] += s.encUtil();
                sum[2] += s.decUtil();
            }
            lastOurs[d] = sum;
            lastOursTickMs[d] = tMs;
        } else if (tMs - lastOursTickMs[d] > HOLD_MS) {
            lastOurs[d] = new int[3];
        }
        lastSeenUs[d] = newestUs;
        int[] p = lastOurs[d];
        return new GpuSample(d, util, memUsedMb, enc, dec, Math.min(100, p[0]), Math.min(100, p[1]),
                Math.min(100, p[2]));
    }

    /** NVML stamps samples with wall-clock microseconds; anything else falls back to when we asked. */
    private long toRunMs(long timeStampUs, long tMs) {
        long nowUs = System.currentTimeMillis() * 1000;
        if (Math.abs(nowUs - timeStampUs) > EPOCH_TOLERANCE_US) {
            return tMs;
        }
        return timeStampUs / 1000 - runStartEpochMs;
    }

    @Override
    public void close() {
        nvml.close();
    }
}
