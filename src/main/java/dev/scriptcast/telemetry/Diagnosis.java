package dev.scriptcast.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Explains a stage when the hardware it ran on or its speed does not match what it could use. Reads the notes
 * {@code <stage>.device} (cpu, cuda, gpu, nvdec or nvenc: what the stage was set up to use), {@code <stage>.engine},
 * {@code <stage>.why} (why that device) and {@code <stage>.uses.<device>} (a GPU engine used beside the main
 * device, e.g. {@code uses.nvdec = h264_cuvid}), and compares them with what NVML and /proc measured.
 */
final class Diagnosis {
    private static final long MIN_WALL_FOR_SPEED_MS = 200;
    private static final double MACHINE_FULL_PERCENT = 90;

    private final GpuInventory inventory;
    private final Map<String, String> notes;
    private final int cores;

    Diagnosis(GpuInventory inventory, Map<String, String> notes, int cores) {
        this.inventory = inventory;
        this.notes = notes;
        this.cores = cores;
    }

    /** Which hardware measurably did the work: the GPU engines our processes used, else the CPU. */
    static String device(StageGpu gpu) {
        if (gpu == null || !gpu.usedByUs()) {
            return "CPU";
        }
        List<String> engines = new ArrayList<>();
        if (gpu.processUtilMax() > 0) {
            engines.add("SM");
        }
        if (gpu.processDecoderUtilMax() > 0) {
            engines.add("NVDEC");
        }
        if (gpu.processEncoderUtilMax() > 0) {
            engines.add("NVENC");
        }
        return "GPU " + gpu.device() + " " + String.join("+", engines) + " (" + gpu.name() + ")";
    }

    /** Whether the note under {@code key} is a stage's set-up, which the diagnosis reads and puts in words. */
    static boolean readsNote(String key) {
        return key.endsWith(".device") || key.endsWith(".engine") || key.endsWith(".why") || key.contains(".uses.");
    }

    private String note(String stage, String key) {
        return notes.get(stage + "." + key);
    }

    List<String> of(StageMetrics s) {
        List<String> out = new ArrayList<>();
        if (s.failure() != null) {
            out.add(s.name() + " failed: " + s.failure());
        }
        String expected = note(s.name(), "device");
        String engine = note(s.name(), "engine");
        String why = note(s.name(), "why");
        String what = engine == null ? "" : " (" + engine + ")";
        if (expected != null) {
            String device = expected.toLowerCase(Locale.ROOT);
            if (device.equals("cpu")) {
                out.add(cpuStage(s, engine, why));
            } else if (!inventory.available()) {
                out.add(s.name() + " was set up for " + device + what + " but " + GpuInventory.NOT_FOUND
                        + ": the work ran on the CPU");
            } else {
                gpuMismatch(s, device, what).ifPresent(out::add);
            }
        }
        String uses = s.name() + ".uses.";
        notes.forEach((key, used) -> {
            if (key.startsWith(uses)) {
                String device = key.substring(uses.length());
                String with = " (" + used + ")";
                if (!inventory.available()) {
                    out.add(s.name() + " was set up to use " + device + with + " but " + GpuInventory.NOT_FOUND);
                } else {
                    gpuMismatch(s, device, with).ifPresent(out::add);
                }
            }
        });
        engineStart(s, engine).ifPresent(out::add);
        out.addAll(speed(s));
        return out;
    }

    /** A stage set up for the CPU; when our processes used the GPU in it too, say "used the CPU for" instead. */
    private String cpuStage(StageMetrics s, String engine, String why) {
        boolean gpuToo = s.gpu() != null && s.gpu().usedByUs();
        String ran = s.name() + (gpuToo ? " used the CPU" : " ran on CPU") + (engine == null ? "" : " (" + engine + ")");
        if (why != null) {
            return ran + ": " + why;
        }
        if (engine != null && engine.startsWith("lib") && inventory.available()
                && inventory.devices().stream().noneMatch(GpuDevice::hasEncoder)) {
            return ran + ": this GPU (" + inventory.devices().get(0).name() + ") has no NVENC encoder";
        }
        if (gpuToo) {
            return ran + ", yet NVML saw this process on " + s.device();
        }
        return s.name() + ": CPU engine" + (engine == null ? "" : " " + engine) + ", no GPU expected";
    }

    /**
     * The time a stage spent starting its engine (a span named {@value Telemetry#ENGINE_START}, e.g. loading the speech
     * engine on first need), so a slow first render is explained where it happened.
     */
    private static Optional<String> engineStart(StageMetrics s, String engine) {
        return s.spans().stream().filter(span -> span.name().equals(Telemetry.ENGINE_START)).findFirst()
                .filter(span -> span.wallMs() >= MIN_WALL_FOR_SPEED_MS)
                .map(span -> s.name() + " spent " + ReportMarkdown.seconds(span.wallMs()) + " starting "
                        + (engine == null ? "its engine" : engine));
    }

    private Optional<String> gpuMismatch(StageMetrics s, String device, String what) {
        StageGpu g = s.gpu();
        String prefix = s.name() + " was set up for " + device + what + " but NVML saw ";
        return switch (device) {
            case "nvdec" -> g.processDecoderUtilMax() == 0 && g.decoderUtilMax() == 0
                    ? Optional.of(prefix + "no decoder activity: frames were decoded on the CPU")
                    : Optional.empty();
            case "nvenc" -> g.processEncoderUtilMax() == 0 && g.encoderUtilMax() == 0
                    ? Optional.of(prefix + "no encoder activity: frames were encoded on the CPU")
                    : Optional.empty();
            default -> g.processUtilMax() == 0
                    ? Optional.of(prefix + "0 % SM utilisation from this process and its children "
                            + "(device-wide max " + g.utilMax() + " %): the work ran on the CPU")
                    : Optional.empty();
        };
    }

    /**
     * Speed findings. On a machine other processes kept full, how many cores a stage could have used is unknown,
     * so it is then not called single-threaded, and waiting may have been for the CPU itself.
     */
    private List<String> speed(StageMetrics s) {
        List<String> out = new ArrayList<>();
        if (s.wallMs() < MIN_WALL_FOR_SPEED_MS) {
            return out;
        }
        double others = s.systemCpuAvg() - s.cpuPercent();
        boolean full = s.systemCpuAvg() >= MACHINE_FULL_PERCENT;
        double oneCore = 100.0 / cores;
        boolean gpuBusy = s.gpu() != null && s.gpu().usedByUs();
        if (s.cpuPercent() >= 85) {
            out.add(s.name() + " is CPU-bound: all " + cores + " cores busy (" + s.cpuPercent() + " %)");
        } else if (!full && cores > 1 && !gpuBusy && s.cpuPercent() > oneCore * 0.7 && s.cpuPercent() < oneCore * 1.3) {
            out.add(s.name() + " is single-threaded: about one of " + cores + " cores busy");
        } else if (!gpuBusy && s.cpuPercent() < oneCore * 0.25) {
            out.add(s.name() + " mostly waited: CPU " + s.cpuPercent() + " % and no GPU work ("
                    + (full ? "I/O, sleeps, locks, or a turn on the CPU other processes kept full)" : "I/O, sleeps or locks)"));
        }
        if (others >= 25) {
            out.add(s.name() + " shared the machine: other processes used about " + Math.round(others)
                    + " % of it while this one used " + s.cpuPercent() + " %, so its wall time is inflated");
        }
        return out;
    }
}
