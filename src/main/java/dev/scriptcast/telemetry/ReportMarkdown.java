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
        for (FactsText.Section section : FactsText.sections(m.facts())) {
            out.append("\n## ").append(section.title()).append("\n\n");
            section.lines().forEach(l -> out.append("- ").append(l).append('\n'));
        }
        Map<String, LayoutRect> layout = FactsText.layout(m.facts());
        if (!layout.isEmpty()) {
            out.append("\n## Layout\n\nIn output pixels.\n\n| Layer | x | y | w | h |\n|---|---:|---:|---:|---:|\n");
            layout.forEach((k, r) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", k, r.x(),
                    r.y(), r.w(), r.h())));
        }
        notes(out, m.notes());
        return out.toString();
    }

    /** The header, the stage table and the diagnoses: what {@code scriptcast report DIR} prints. */
    public static String summary(RunMetrics m) {
        StringBuilder out = new StringBuilder("# scriptcast run report\n\n");
        RunInfo r = m.run();
        out.append("- Run: ").append(startedAt(r.startedAt())).append(", scriptcast ").append(r.scriptcastVersion())
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
        out.append("- Bound by: ").append(Bottleneck.of(m)).append('\n');
        out.append("- CPU: ").append(cpuLine(m)).append('\n');
        SamplerSummary s = m.sampler();
        out.append(String.format(Locale.ROOT, "- Sampling: every %d ms (median %.0f ms), %d samples, sampler cost "
                        + "%.2f %% of one core (%.2f %% of the machine)%s%n", s.intervalMs(), s.medianIntervalMs(),
                m.samples().size(), s.cost().percentOfOneCore(), s.cost().percentOfMachine(),
                s.failure() == null ? "" : "; sampler stopped early: " + s.failure()));
        out.append("\n| Stage | Wall | CPU % render / process | Peak RSS | GPU util avg / max | GPU mem Δ | Ours on GPU: SM avg / max, "
                + "NVDEC, NVENC | Device |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (StageMetrics st : m.stages()) {
            StageGpu g = st.gpu();
            out.append("| ").append(st.name()).append(st.failure() == null ? "" : " (failed)").append(" | ")
                    .append(seconds(st.wallMs())).append(" | ").append(st.renderCpuPercent()).append(" / ")
                    .append(st.cpuPercent()).append(" | ")
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

    /**
     * This render's CPU time beside the whole process's, saying which is which; a render cannot claim the
     * threads native code starts for itself (x264's), nor tell other renders in the same JVM from its own
     * without {@link RenderThreads}.
     */
    static String cpuLine(RunMetrics m) {
        RunCpu c = m.cpu();
        String process = String.format(Locale.ROOT, "the whole process (every render in it, its child processes and "
                + "threads native code started, such as the video encoder's) used %s", seconds(Math.round(m.cpuMs())));
        if (c == null || !c.perRenderSupported()) {
            return process + "; this system cannot tell one render's threads from another's, so that is the only "
                    + "figure";
        }
        return String.format(Locale.ROOT, "this render's own threads (%s) used %s; ",
                c.renderThreads() + " registered",
                seconds(Math.round(c.renderCpuMs()))) + process + (c.sharedThreads() ? "; some of this render's "
                + "threads also worked for another render at the same time, and their CPU time counts in both" : "");
    }

    /** The run's start to the second, in UTC. */
    static String startedAt(String iso) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
                    .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
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

    /** Notes other than the stage set-up the diagnosis already put in words (e.g. how GPU work was attributed). */
    private static void notes(StringBuilder out, Map<String, String> notes) {
        List<String> plain = notes.entrySet().stream().filter(e -> !Diagnosis.readsNote(e.getKey()))
                .map(Map.Entry::getValue).toList();
        if (!plain.isEmpty()) {
            out.append("\n## Notes\n\n");
            plain.forEach(n -> out.append("- ").append(n).append('\n'));
        }
    }
}
