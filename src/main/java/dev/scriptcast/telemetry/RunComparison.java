package dev.scriptcast.telemetry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Per-stage differences between two runs: wall time, CPU and GPU use, and where each ran. */
public final class RunComparison {
    private RunComparison() {
    }

    /** A plain-text table; stages present in only one run show "—" for the other. */
    public static String render(String labelA, RunMetrics a, String labelB, RunMetrics b) {
        StringBuilder out = new StringBuilder();
        out.append("A: ").append(labelA).append(" (").append(ReportMarkdown.startedAt(a.run().startedAt())).append(", ")
                .append(ReportMarkdown.gpuLine(a.run().gpu())).append(")\n");
        out.append("B: ").append(labelB).append(" (").append(ReportMarkdown.startedAt(b.run().startedAt())).append(", ")
                .append(ReportMarkdown.gpuLine(b.run().gpu())).append(")\n");
        if (!java.util.Objects.equals(a.run().encoder(), b.run().encoder())) {
            out.append("Encoder: A ").append(a.run().encoder()).append(", B ").append(b.run().encoder()).append('\n');
        }
        String format = "%-20s %9s %9s %9s %8s  %11s %11s  %-14s %-14s%n";
        out.append(String.format(Locale.ROOT, format, "stage", "wall A", "wall B", "Δ wall", "Δ %", "CPU% A/B",
                "GPU% A/B", "device A", "device B"));
        Set<String> names = new LinkedHashSet<>();
        a.stages().forEach(s -> names.add(s.name()));
        b.stages().forEach(s -> names.add(s.name()));
        for (String name : names) {
            StageMetrics sa = a.stage(name);
            StageMetrics sb = b.stage(name);
            out.append(String.format(Locale.ROOT, format, name, wall(sa), wall(sb), delta(sa, sb), percent(sa, sb),
                    pair(sa == null ? null : sa.cpuPercent(), sb == null ? null : sb.cpuPercent()),
                    pair(gpuUtil(sa), gpuUtil(sb)), device(sa), device(sb)));
        }
        long dw = b.wallMs() - a.wallMs();
        out.append(String.format(Locale.ROOT, format, "total", seconds(a.wallMs()), seconds(b.wallMs()),
                signedSeconds(dw), a.wallMs() == 0 ? "—" : String.format(Locale.ROOT, "%+.0f %%", 100.0 * dw / a.wallMs()),
                "", "", "", ""));
        List<String> changes = new ArrayList<>();
        for (String name : names) {
            StageMetrics sa = a.stage(name);
            StageMetrics sb = b.stage(name);
            if (sa != null && sb != null && !sa.device().equals(sb.device())) {
                changes.add(name + " moved from " + sa.device() + " to " + sb.device());
            }
        }
        changes.forEach(c -> out.append("- ").append(c).append('\n'));
        out.append(SettingsDiff.render(a.run().inputs(), b.run().inputs()));
        return out.toString();
    }

    private static String wall(StageMetrics s) {
        return s == null ? "—" : seconds(s.wallMs());
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
    }

    private static String signedSeconds(long ms) {
        return String.format(Locale.ROOT, "%+.2f s", ms / 1000.0);
    }

    private static String delta(StageMetrics a, StageMetrics b) {
        return a == null || b == null ? "—" : signedSeconds(b.wallMs() - a.wallMs());
    }

    private static String percent(StageMetrics a, StageMetrics b) {
        if (a == null || b == null || a.wallMs() == 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%+.0f %%", 100.0 * (b.wallMs() - a.wallMs()) / a.wallMs());
    }

    private static Double gpuUtil(StageMetrics s) {
        return s == null || s.gpu() == null ? null : s.gpu().processUtilAvg();
    }

    private static String pair(Double a, Double b) {
        return (a == null ? "—" : String.format(Locale.ROOT, "%.0f", a)) + "/"
                + (b == null ? "—" : String.format(Locale.ROOT, "%.0f", b));
    }

    private static String device(StageMetrics s) {
        if (s == null) {
            return "—";
        }
        return s.device().startsWith("GPU") ? s.device().substring(0, s.device().indexOf(" (")) : s.device();
    }
}
