package dev.scriptcast.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Draws a run's samples as an SVG timeline with the stages as coloured bands behind the lines. */
final class TimelineSvg {
    static final String[] STAGE_COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#76b7b2",
        "#edc948", "#ff9da7", "#9c755f", "#bab0ac"};
    static final int WIDTH = 1000;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 24;
    private static final int BOTTOM = 28;

    /** One line of the chart. */
    record Series(String label, String colour, ToDoubleFunction<Sample> value) {
    }

    private TimelineSvg() {
    }

    static String chart(String id, RunMetrics m, List<Series> series, double yMax, String unit, int height) {
        double total = Math.max(1, m.wallMs());
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = height - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg id=\"%s\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" "
                + "height=\"%d\" data-total-ms=\"%.0f\" data-left=\"%d\" data-plot-w=\"%.0f\" "
                + "xmlns=\"http://www.w3.org/2000/svg\">", id, WIDTH, height, WIDTH, height, total, LEFT, plotW));
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>");
        for (int k = 0; k < m.stages().size(); k++) {
            StageMetrics s = m.stages().get(k);
            double x = LEFT + plotW * s.startMs() / total;
            double w = Math.max(1, plotW * s.wallMs() / total);
            svg.append(String.format(Locale.ROOT, "<rect class=\"band\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
                    + "height=\"%.1f\" fill=\"%s\" fill-opacity=\"0.22\"><title>%s: %s</title></rect>", x, TOP, w,
                    plotH, colour(k), ReportHtml.escape(s.name()), ReportMarkdown.seconds(s.wallMs())));
            if (w > 60) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"%s\">%s"
                        + "</text>", x + 3, TOP - 6, colour(k), ReportHtml.escape(s.name())));
            }
        }
        grid(svg, yMax, unit, plotW, plotH, height, total);
        for (Series s : series) {
            svg.append("<polyline fill=\"none\" stroke-width=\"1.6\" stroke=\"").append(s.colour())
                    .append("\" points=\"").append(points(m.samples(), s.value(), total, yMax, plotW, plotH))
                    .append("\"><title>").append(ReportHtml.escape(s.label())).append("</title></polyline>");
        }
        return svg.append("</svg>").toString();
    }

    static String colour(int stageIndex) {
        return STAGE_COLOURS[stageIndex % STAGE_COLOURS.length];
    }

    private static void grid(StringBuilder svg, double yMax, String unit, double plotW, double plotH, int height,
            double total) {
        for (int k = 0; k <= 4; k++) {
            double y = TOP + plotH - plotH * k / 4;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#dddddd\"/><text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" "
                    + "fill=\"#555555\">%.0f %s</text>", LEFT, LEFT + plotW, y, y, LEFT - 4, y + 3, yMax * k / 4, unit));
        }
        double stepS = niceStep(total / 1000.0 / 8);
        for (double t = 0; t * 1000 <= total; t += stepS) {
            double x = LEFT + plotW * t * 1000 / total;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" "
                    + "fill=\"#555555\">%s s</text>", x, height - 10, trim(t)));
        }
    }

    /** A whole number as such, else one decimal. */
    static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static double niceStep(double raw) {
        double[] steps = {0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600};
        for (double s : steps) {
            if (s >= raw) {
                return s;
            }
        }
        return 1200;
    }

    private static String points(List<Sample> samples, ToDoubleFunction<Sample> f, double total, double yMax,
            double plotW, double plotH) {
        List<String> pts = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            double v = Math.max(0, Math.min(yMax, f.applyAsDouble(s)));
            pts.add(String.format(Locale.ROOT, "%.1f,%.1f", LEFT + plotW * s.tMs() / total,
                    TOP + plotH - plotH * v / yMax));
        }
        return String.join(" ", pts);
    }
}
