package dev.scriptcast.telemetry;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of NVML (libnvidia-ml.so.1) the sampler needs, bound through the FFM API. Struct layouts follow
 * nvml.h; every call returns an nvmlReturn_t that is turned into an {@link NvmlException}.
 */
final class Nvml implements AutoCloseable {
    static final String LIBRARY = "libnvidia-ml.so.1";
    static final int DEVICE_NAME_V2_BUFFER_SIZE = 96;
    static final int SYSTEM_DRIVER_VERSION_BUFFER_SIZE = 80;

    /** nvmlUtilization_t: percent of time over the past sample period that the GPU / memory was busy. */
    static final StructLayout UTILIZATION = MemoryLayout.structLayout(
            JAVA_INT.withName("gpu"), JAVA_INT.withName("memory"));
    /** nvmlMemory_t, bytes. */
    static final StructLayout MEMORY = MemoryLayout.structLayout(
            JAVA_LONG.withName("total"), JAVA_LONG.withName("free"), JAVA_LONG.withName("used"));
    /** nvmlProcessUtilizationSample_t; the pid is followed by 4 bytes of padding before the 8-byte timestamp. */
    static final StructLayout PROCESS_UTILIZATION_SAMPLE = MemoryLayout.structLayout(
            JAVA_INT.withName("pid"), MemoryLayout.paddingLayout(4), JAVA_LONG.withName("timeStamp"),
            JAVA_INT.withName("smUtil"), JAVA_INT.withName("memUtil"), JAVA_INT.withName("encUtil"),
            JAVA_INT.withName("decUtil"));

    /** One nvmlProcessUtilizationSample_t; {@code timeStampUs} is NVML's CPU timestamp in microseconds. */
    record ProcessSample(long pid, long timeStampUs, int smUtil, int memUtil, int encUtil, int decUtil) {
    }

    private static final Linker LINKER = Linker.nativeLinker();
    private static final FunctionDescriptor RET_VOID = FunctionDescriptor.of(JAVA_INT);
    private static final FunctionDescriptor RET_PTR = FunctionDescriptor.of(JAVA_INT, ADDRESS);
    private static final FunctionDescriptor RET_PTR_INT = FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT);
    private static final FunctionDescriptor RET_INT_PTR = FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS);
    private static final FunctionDescriptor RET_PTR_PTR = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS);
    private static final FunctionDescriptor RET_PTR_PTR_PTR = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS);
    private static final FunctionDescriptor RET_PTR_PTR_INT = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT);
    private static final FunctionDescriptor PROCESS_UTIL =
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG);

    private final Arena arena;
    private final MethodHandle errorString;
    private final MethodHandle shutdown;
    private final MethodHandle getCount;
    private final MethodHandle getHandleByIndex;
    private final MethodHandle getName;
    private final MethodHandle getUtilizationRates;
    private final MethodHandle getMemoryInfo;
    private final MethodHandle getEncoderUtilization;
    private final MethodHandle getDecoderUtilization;
    private final MethodHandle getProcessUtilization;
    private final MethodHandle systemGetDriverVersion;

    private Nvml(Arena arena, SymbolLookup lib) throws NvmlException {
        this.arena = arena;
        errorString = bind(lib, "nvmlErrorString", FunctionDescriptor.of(ADDRESS, JAVA_INT));
        shutdown = bind(lib, "nvmlShutdown", RET_VOID);
        getCount = bind(lib, "nvmlDeviceGetCount_v2", RET_PTR);
        getHandleByIndex = bind(lib, "nvmlDeviceGetHandleByIndex_v2", RET_INT_PTR);
        getName = bind(lib, "nvmlDeviceGetName", RET_PTR_PTR_INT);
        getUtilizationRates = bind(lib, "nvmlDeviceGetUtilizationRates", RET_PTR_PTR);
        getMemoryInfo = bind(lib, "nvmlDeviceGetMemoryInfo", RET_PTR_PTR);
        getEncoderUtilization = bind(lib, "nvmlDeviceGetEncoderUtilization", RET_PTR_PTR_PTR);
        getDecoderUtilization = bind(lib, "nvmlDeviceGetDecoderUtilization", RET_PTR_PTR_PTR);
        getProcessUtilization = bind(lib, "nvmlDeviceGetProcessUtilization", PROCESS_UTIL);
        systemGetDriverVersion = bind(lib, "nvmlSystemGetDriverVersion", RET_PTR_INT);
        MethodHandle init = bind(lib, "nvmlInit_v2", RET_VOID);
        check("nvmlInit_v2", call(init));
    }

    /**
     * Loads and initialises NVML from {@code library} (a name the dynamic linker resolves, or a path).
     * Throws with a one-line reason when the library is missing, lacks a function, or fails to initialise.
     */
    static Nvml open(String library) throws NvmlException {
        Arena arena = Arena.ofShared();
        try {
            return new Nvml(arena, SymbolLookup.libraryLookup(library, arena));
        } catch (IllegalArgumentException e) {
            arena.close();
            throw new NvmlException("loading " + library, 12, NvmlErrors.describe(12));
        } catch (NvmlException | RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    private static MethodHandle bind(SymbolLookup lib, String name, FunctionDescriptor descriptor)
            throws NvmlException {
        MemorySegment symbol = lib.find(name)
                .orElseThrow(() -> new NvmlException("looking up " + name, 13, NvmlErrors.describe(13)));
        return LINKER.downcallHandle(symbol, descriptor);
    }

    /** The library's own text for a return code (nvmlErrorString). */
    String errorString(int code) {
        try {
            MemorySegment text = (MemorySegment) errorString.invokeExact(code);
            return text.equals(MemorySegment.NULL) ? NvmlErrors.describe(code) : text.reinterpret(256).getString(0);
        } catch (Throwable t) {
            return NvmlErrors.describe(code);
        }
    }

    private void check(String function, int code) throws NvmlException {
        if (code != NvmlErrors.SUCCESS) {
            throw new NvmlException(function, code, errorString(code));
        }
    }

    int deviceCount() throws NvmlException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment count = a.allocate(JAVA_INT);
            check("nvmlDeviceGetCount_v2", call(getCount, count));
            return count.get(JAVA_INT, 0);
        }
    }

    /** The opaque nvmlDevice_t of device {@code index}. */
    MemorySegment handle(int index) throws NvmlException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(ADDRESS);
            check("nvmlDeviceGetHandleByIndex_v2", callIndex(getHandleByIndex, index, out));
            return out.get(ADDRESS, 0);
        }
    }

    String name(MemorySegment device) throws NvmlException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(DEVICE_NAME_V2_BUFFER_SIZE);
            check("nvmlDeviceGetName", call(getName, device, buf, DEVICE_NAME_V2_BUFFER_SIZE));
            return buf.getString(0);
        }
    }

    String driverVersion() throws NvmlException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(SYSTEM_DRIVER_VERSION_BUFFER_SIZE);
            check("nvmlSystemGetDriverVersion", callBuffer(systemGetDriverVersion, buf, SYSTEM_DRIVER_VERSION_BUFFER_SIZE));
            return buf.getString(0);
        }
    }

    /** {gpu %, memory %}. */
    int[] utilization(MemorySegment device) throws NvmlException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment u = a.allocate(UTILIZATION);
            check("nvmlDeviceGetUtilizationRates", call(getUtilizationRates, device, u));
            return new int[] {u.get(JAVA_INT, 0), u.get(JAVA_INT, 4)};
        }
    }

    /** {total, free, used} in bytes. */
    long[] memory(MemorySegment device) throws NvmlException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment m = a.allocate(MEMORY);
            check("nvmlDeviceGetMemoryInfo", call(getMemoryInfo, device, m));
            return new long[] {m.get(JAVA_LONG, 0), m.get(JAVA_LONG, 8), m.get(JAVA_LONG, 16)};
        }
    }

    int encoderUtilization(MemorySegment device) throws NvmlException {
        return codecUtilization("nvmlDeviceGetEncoderUtilization", getEncoderUtilization, device);
    }

    int decoderUtilization(MemorySegment device) throws NvmlException {
        return codecUtilization("nvmlDeviceGetDecoderUtilization", getDecoderUtilization, device);
    }

    private int codecUtilization(String function, MethodHandle handle, MemorySegment device) throws NvmlException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment util = a.allocate(JAVA_INT);
            MemorySegment periodUs = a.allocate(JAVA_INT);
            check(function, call(handle, device, util, periodUs));
            return util.get(JAVA_INT, 0);
        }
    }

    /**
     * Per-process samples newer than {@code lastSeenUs}; empty when NVML has none (NVML_ERROR_NOT_FOUND).
     * {@code capacity} bounds how many are read; NVML reports how many it holds if that is too few.
     */
    List<ProcessSample> processUtilization(MemorySegment device, long lastSeenUs, int capacity) throws NvmlException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment samples = a.allocate(PROCESS_UTILIZATION_SAMPLE, capacity);
            MemorySegment count = a.allocate(JAVA_INT);
            count.set(JAVA_INT, 0, capacity);
            int code = callProcess(device, samples, count, lastSeenUs);
            if (code == NvmlErrors.NOT_FOUND) {
                return List.of();
            }
            check("nvmlDeviceGetProcessUtilization", code);
            int n = Math.min(capacity, count.get(JAVA_INT, 0));
            List<ProcessSample> out = new ArrayList<>(n);
            long size = PROCESS_UTILIZATION_SAMPLE.byteSize();
            for (int i = 0; i < n; i++) {
                MemorySegment s = samples.asSlice(i * size, size);
                out.add(new ProcessSample(Integer.toUnsignedLong(s.get(JAVA_INT, 0)), s.get(JAVA_LONG, 8),
                        s.get(JAVA_INT, 16), s.get(JAVA_INT, 20), s.get(JAVA_INT, 24), s.get(JAVA_INT, 28)));
            }
            return out;
        }
    }

    private int callProcess(MemorySegment device, MemorySegment samples, MemorySegment count, long lastSeenUs) {
        try {
            return (int) getProcessUtilization.invokeExact(device, samples, count, lastSeenUs);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static int call(MethodHandle h) {
        try {
            return (int) h.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static int call(MethodHandle h, MemorySegment a) {
        try {
            return (int) h.invokeExact(a);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static int call(MethodHandle h, MemorySegment a, MemorySegment b) {
        try {
            return (int) h.invokeExact(a, b);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static int call(MethodHandle h, MemorySegment a, MemorySegment b, MemorySegment c) {
        try {
            return (int) h.invokeExact(a, b, c);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static int call(MethodHandle h, MemorySegment a, MemorySegment b, int n) {
        try {
            return (int) h.invokeExact(a, b, n);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static int callBuffer(MethodHandle h, MemorySegment buf, int n) {
        try {
            return (int) h.invokeExact(buf, n);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static int callIndex(MethodHandle h, int index, MemorySegment out) {
        try {
            return (int) h.invokeExact(index, out);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** nvmlShutdown, then releases the library. */
    @Override
    public void close() {
        try {
            call(shutdown);
        } finally {
            arena.close();
        }
    }
}
