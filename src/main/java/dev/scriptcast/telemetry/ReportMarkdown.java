package dev.scriptcast.telemetry;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders {@code report.md}: the run, a per-stage table, the diagnoses, and the facts recorded on the way. */
public final class ReportMarkdown {
    private ReportMarkdown() {
    }

    public static String render(RunMetrics m) {
        StringBuilder out = new StringBuilder(summary(m));
        spans(out, m.stages());
        facts(out, "Audio", m.audio());
        facts(out, "Video", m.video());
        if (!m.layout().isEmpty()) {
            out.append("\n## Layout\n\n| Layer | x | y | w | h |\n|---|---:|---:|---:|---:|\n");
            m.layout().forEach((k, r) -> out.append("| ").append(k).append(" | ").append(r.x()).append(" | ")
                    .append(r.y()).append(" | ").append(r.w()).append(" | ").append(r.h()).append(" |\n"));
        }
        facts(out, "Notes", m.notes());
        return out.toString();
    }

    /** The header, the stage table and the diagnoses: what {@code scriptcast report DIR} prints. */
    public static String summary(RunMetrics m) {
        StringBuilder out = new StringBuilder("# scriptcast run report\n\n");
        RunInfo r = m.run();
        out.append("- Run: ").append(r.startedAt()).append(", scriptcast ").append(r.scriptcastVersion())
                .append(", ").append(r.java()).append(", ").append(r.os()).append(' ').append(r.arch()).append(", ")
                .append(r.cores()).append(" cores\n");
        out.append("- GPU: ").append(gpuLine(r.gpu())).append('\n');
        if (r.encoder() != null) {
            out.append("- Encoder: ").append(r.encoder())
                    .append(r.encoderReason() == null ? "" : " — " + r.encoderReason()).append('\n');
        }
        CriticalPath cp = m.criticalPath();
        out.append("- Total: ").append(seconds(m.wallMs())).append(", stages cover ").append(m.coveragePercent())
                .append(" % of it; critical path ").append(String.join(" → ", cp.stages())).append(" (")
                .append(seconds(cp.wallMs())).append(", ").append(seconds(cp.untrackedMs()))
                .append(" outside stages)\n");
        SamplerSummary s = m.sampler();
        out.append(String.format(Locale.ROOT, "- Sampling: every %d ms (median %.0f ms), %d samples, sampler cost "
                        + "%.2f %% of one core (%.2f %% of the machine)%s%n", s.intervalMs(), s.medianIntervalMs(),
                m.samples().size(), s.cost().percentOfOneCore(), s.cost().percentOfMachine(),
                s.failure() == null ? "" : "; sampler stopped early: " + s.failure()));
        out.append("\n| Stage | Wall | CPU % | Peak RSS | GPU util avg / max | GPU mem Δ | Ours on GPU: SM avg / max, "
                + "NVDEC, NVENC | Device |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (StageMetrics st : m.stages()) {
            StageGpu g = st.gpu();
            out.append("| ").append(st.name()).append(st.failure() == null ? "" : " (failed)").append(" | ")
                    .append(seconds(st.wallMs())).append(" | ").append(st.cpuPercent()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f MB", st.peakRssMb())).append(" | ")
                    .append(g == null ? "—" : g.utilAvg() + " / " + g.utilMax() + " %").append(" | ")
                    .append(g == null ? "—" : String.format(Locale.ROOT, "%+.0f MB", g.memDeltaMb())).append(" | ")
                    .append(g == null ? "—" : g.processUtilAvg() + " / " + g.processUtilMax() + " %, "
                            + g.processDecoderUtilMax() + " %, " + g.processEncoderUtilMax() + " %")
                    .append(" | ").append(st.device()).append(" |\n");
        }
        out.append("| **total** | ").append(seconds(m.wallMs())).append(" | | | | | | |\n");
        out.append("\n## Diagnosis\n\n");
        boolean any = false;
        for (StageMetrics st : m.stages()) {
            for (String d : st.diagnosis()) {
                out.append("- ").append(d).append('\n');
                any = true;
            }
        }
        if (!any) {
            out.append("- Nothing to explain: every stage ran where it was set up to run.\n");
        }
        return out.toString();
    }

    /** One line naming the GPUs and driver, or why there are none. */
    public static String gpuLine(GpuInventory g) {
        if (!g.available()) {
            return g.unavailableReason();
        }
        StringBuilder b = new StringBuilder();
        for (GpuDevice d : g.devices()) {
            b.append(b.isEmpty() ? "" : "; ").append(d.index()).append(": ").append(d.name())
                    .append(String.format(Locale.ROOT, " (%.0f MB", d.memTotalMb()))
                    .append(d.hasEncoder() ? "" : ", no NVENC").append(d.hasDecoder() ? "" : ", no NVDEC").append(')');
        }
        return b.append(", driver ").append(g.driverVersion()).toString();
    }

    static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
    }

    private static void spans(StringBuilder out, List<StageMetrics> stages) {
        if (stages.stream().allMatch(s -> s.spans().isEmpty())) {
            return;
        }
        out.append("\n## Spans\n\n");
        for (StageMetrics s : stages) {
            if (!s.spans().isEmpty()) {
                out.append("- ").append(s.name()).append('\n');
                span(out, s.spans(), "  ");
            }
        }
    }

    private static void span(StringBuilder out, List<SpanMetrics> spans, String indent) {
        for (SpanMetrics s : spans) {
            out.append(indent).append("- ").append(s.name()).append(": ").append(seconds(s.wallMs()))
                    .append(String.format(Locale.ROOT, ", CPU %.0f ms%n", s.cpuMs()));
            span(out, s.spans(), indent + "  ");
        }
    }

    private static void facts(StringBuilder out, String title, Map<String, Object> facts) {
        if (facts.isEmpty()) {
            return;
        }
        out.append("\n## ").append(title).append("\n\n");
        facts.forEach((k, v) -> out.append("- ").append(k).append(": ")
                .append(v instanceof List<?> l && l.size() > 8 ? l.size() + " entries (see metrics.json)" : v)
                .append('\n'));
    }
}
