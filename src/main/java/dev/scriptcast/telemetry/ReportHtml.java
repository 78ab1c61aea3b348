package dev.scriptcast.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders {@code report.html}: one self-contained page (no network) with the timeline charts as inline SVG, the
 * stage table and the diagnoses. A few lines of inline script show the values under the mouse.
 */
public final class ReportHtml {
    private static final String[] GPU_COLOURS = {"#2ca02c", "#17becf", "#8c564b", "#e377c2"};

    private ReportHtml() {
    }

    public static String render(RunMetrics m) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>scriptcast report</title><style>" + CSS + "</style></head><body>\n");
        h.append("<h1>scriptcast run report</h1>\n<p class=\"run\">").append(escape(ReportMarkdown.startedAt(m.run().startedAt())))
                .append(" · scriptcast ").append(escape(m.run().scriptcastVersion())).append(" · ")
                .append(escape(m.run().java())).append(" · ").append(m.run().cores()).append(" cores · GPU: ")
                .append(escape(ReportMarkdown.gpuLine(m.run().gpu()))).append("<br>Total ")
                .append(ReportMarkdown.seconds(m.wallMs())).append(", stages cover ").append(m.coveragePercent())
                .append(" %, critical path ").append(escape(String.join(" → ", m.criticalPath().stages())))
                .append(m.run().encoder() == null ? "" : "<br>Encoder: " + escape(m.run().encoder())
                        + (m.run().encoderReason() == null ? "" : " — " + escape(m.run().encoderReason())))
                .append("<br>CPU: ").append(escape(ReportMarkdown.cpuLine(m))).append("</p>\n");
        h.append("<h2>Utilisation</h2>\n").append(legend(utilSeries(m))).append(TimelineSvg.chart("util", m,
                utilSeries(m), 100, "%", 280));
        h.append("\n<div id=\"readout\" class=\"readout\">move the mouse over a chart</div>\n");
        double memMax = niceMax(m.samples().stream().mapToDouble(s -> Math.max(s.rssMb(),
                s.gpus().stream().mapToDouble(GpuSample::memUsedMb).max().orElse(0))).max().orElse(1));
        h.append("<h2>Memory</h2>\n").append(legend(memorySeries(m)))
                .append(TimelineSvg.chart("memory", m, memorySeries(m), memMax, "MB", 200));
        h.append("\n<h2>Stages</h2>\n").append(stageTable(m)).append("<h2>Diagnosis</h2>\n<ul>");
        m.stages().forEach(s -> s.diagnosis().forEach(d -> h.append("<li>").append(escape(d)).append("</li>")));
        h.append("</ul>\n").append(facts(m));
        h.append("<script type=\"application/json\" id=\"samples\">").append(samplesJson(m))
                .append("</script>\n<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        return h.toString();
    }

    private static List<TimelineSvg.Series> utilSeries(RunMetrics m) {
        List<TimelineSvg.Series> s = new ArrayList<>();
        s.add(new TimelineSvg.Series("this render's CPU %", "#6a3d9a", Sample::renderCpuPercent));
        s.add(new TimelineSvg.Series("scriptcast process CPU %", "#1f3b73", Sample::cpuPercent));
        s.add(new TimelineSvg.Series("system CPU %", "#9aa5b1", Sample::systemCpuPercent));
        for (GpuDevice d : m.run().gpu().devices()) {
            int i = d.index();
            String c = GPU_COLOURS[i % GPU_COLOURS.length];
            s.add(new TimelineSvg.Series("GPU " + i + " util %", c, x -> gpu(x, i) == null ? 0 : gpu(x, i).utilPercent()));
            s.add(new TimelineSvg.Series("GPU " + i + " our SM %", "#d62728",
                    x -> gpu(x, i) == null ? 0 : gpu(x, i).processSmUtilPercent()));
            s.add(new TimelineSvg.Series("GPU " + i + " decoder %", "#ff7f0e",
                    x -> gpu(x, i) == null ? 0 : gpu(x, i).decoderUtilPercent()));
        }
        return s;
    }

    private static List<TimelineSvg.Series> memorySeries(RunMetrics m) {
        List<TimelineSvg.Series> s = new ArrayList<>();
        s.add(new TimelineSvg.Series("RSS MB", "#1f3b73", Sample::rssMb));
        for (GpuDevice d : m.run().gpu().devices()) {
            int i = d.index();
            s.add(new TimelineSvg.Series("GPU " + i + " memory used MB", GPU_COLOURS[i % GPU_COLOURS.length],
                    x -> gpu(x, i) == null ? 0 : gpu(x, i).memUsedMb()));
        }
        return s;
    }

    private static GpuSample gpu(Sample s, int device) {
        return s.gpus().size() > device ? s.gpus().get(device) : null;
    }

    private static double niceMax(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(1, v))));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * p >= v) {
                return f * p;
            }
        }
        return 10 * p;
    }

    private static String legend(List<TimelineSvg.Series> series) {
        StringBuilder b = new StringBuilder("<div class=\"legend\">");
        series.forEach(s -> b.append("<span><i style=\"background:").append(s.colour()).append("\"></i>")
                .append(escape(s.label())).append("</span>"));
        return b.append("</div>\n").toString();
    }

    private static String stageTable(RunMetrics m) {
        StringBuilder b = new StringBuilder("<table><tr><th>Stage</th><th>Start</th><th>Wall</th><th>CPU % render / process</th>"
                + "<th>Peak RSS</th><th>GPU util avg / max</th><th>GPU mem Δ</th><th>Our SM avg / max</th>"
                + "<th>NVDEC / NVENC max</th><th>Device</th></tr>\n");
        for (int k = 0; k < m.stages().size(); k++) {
            StageMetrics s = m.stages().get(k);
            StageGpu g = s.gpu();
            b.append("<tr><td><i class=\"sw\" style=\"background:").append(TimelineSvg.colour(k)).append("\"></i>")
                    .append(escape(s.name())).append(s.failure() == null ? "" : " (failed)").append("</td><td>")
                    .append(ReportMarkdown.seconds(s.startMs())).append("</td><td>")
                    .append(ReportMarkdown.seconds(s.wallMs())).append("</td><td>").append(s.renderCpuPercent()).append(" / ")
                    .append(s.cpuPercent())
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.0f MB", s.peakRssMb()))
                    .append("</td><td>").append(g == null ? "—" : g.utilAvg() + " / " + g.utilMax() + " %")
                    .append("</td><td>").append(g == null ? "—" : String.format(Locale.ROOT, "%+.0f MB", g.memDeltaMb()))
                    .append("</td><td>").append(g == null ? "—" : g.processUtilAvg() + " / " + g.processUtilMax() + " %")
                    .append("</td><td>").append(g == null ? "—" : g.decoderUtilMax() + " / " + g.encoderUtilMax() + " %")
                    .append("</td><td>").append(escape(s.device())).append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    private static String facts(RunMetrics m) {
        StringBuilder b = new StringBuilder();
        for (FactsText.Section section : FactsText.sections(m.facts())) {
            b.append("<h2>").append(escape(section.title())).append("</h2>\n<ul>");
            section.lines().forEach(l -> b.append("<li>").append(escape(l)).append("</li>"));
            b.append("</ul>\n");
        }
        var layout = FactsText.layout(m.facts());
        if (!layout.isEmpty()) {
            b.append("<h2>Layout</h2>\n<table><tr><th>Layer (output pixels)</th><th>x</th><th>y</th><th>w</th>"
                    + "<th>h</th></tr>\n");
            layout.forEach((k, r) -> b.append("<tr><td>").append(escape(k)).append("</td><td>").append(r.x())
                    .append("</td><td>").append(r.y()).append("</td><td>").append(r.w()).append("</td><td>")
                    .append(r.h()).append("</td></tr>\n"));
            b.append("</table>\n");
        }
        return b.toString();
    }

    private static String samplesJson(RunMetrics m) {
        try {
            return MetricsWriter.json().writer().writeValueAsString(m.samples()).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CSS = "body{font:14px system-ui,sans-serif;margin:24px;color:#222}"
            + "h1{font-size:20px}h2{font-size:16px;margin-top:24px}.run{color:#444;line-height:1.5}"
            + ".legend span{margin-right:14px;font-size:12px}.legend i,.sw{display:inline-block;width:12px;height:12px;"
            + "margin-right:4px;vertical-align:middle}table{border-collapse:collapse;font-size:13px}"
            + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right;white-space:nowrap}td:first-child,th:first-child,"
            + "td:last-child{text-align:left;white-space:normal}.readout{font:12px monospace;color:#333;min-height:16px}"
            + ".chart{display:block;border:1px solid #ddd}";

    private static final String SCRIPT = """
            (function () {
              var samples = JSON.parse(document.getElementById('samples').textContent);
              var out = document.getElementById('readout');
              function show(ev) {
                var svg = ev.currentTarget, box = svg.getBoundingClientRect();
                var x = (ev.clientX - box.left) * svg.viewBox.baseVal.width / box.width;
                var t = (x - Number(svg.dataset.left)) / Number(svg.dataset.plotW) * Number(svg.dataset.totalMs);
                var best = null;
                samples.forEach(function (s) { if (!best || Math.abs(s.tMs - t) < Math.abs(best.tMs - t)) best = s; });
                if (!best) return;
                var text = (best.tMs / 1000).toFixed(2) + ' s  CPU ' + best.cpuPercent.toFixed(1) + ' %  system '
                    + best.systemCpuPercent.toFixed(1) + ' %  RSS ' + best.rssMb.toFixed(0) + ' MB';
                best.gpus.forEach(function (g) {
                  text += '  GPU' + g.device + ' ' + g.utilPercent + ' % (ours ' + g.processSmUtilPercent
                      + ' %, dec ' + g.decoderUtilPercent + ' %) ' + g.memUsedMb.toFixed(0) + ' MB';
                });
                out.textContent = text;
              }
              document.querySelectorAll('svg.chart').forEach(function (svg) { svg.addEventListener('mousemove', show); });
            })();
            """;
}
