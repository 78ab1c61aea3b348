package dev.scriptcast.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Writes a run's report directory ({@code metrics.json}, schema in docs/metrics-schema.md, {@code report.md} and
 * {@code report.html}) and reads it back.
 */
public final class MetricsWriter {
    public static final String METRICS_JSON = "metrics.json";
    public static final String REPORT_MD = "report.md";
    public static final String REPORT_HTML = "report.html";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MetricsWriter() {
    }

    /**
     * Writes all three files into {@code reportDir}, creating it if needed; {@code inputs} (script, output,
     * settings) join the run info. The files are written into a temp folder first and moved in only when all
     * three are complete, so a failure never leaves an empty or half-written report. Returns the path of
     * metrics.json.
     */
    public static Path write(Path reportDir, Map<String, Object> inputs, RunMetrics metrics) throws IOException {
        RunMetrics full = metrics.withInputs(inputs);
        Path temp = reportDir.resolveSibling("." + reportDir.getFileName() + ".partial-"
                + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(temp);
            JSON.writeValue(temp.resolve(METRICS_JSON).toFile(), full);
            Files.writeString(temp.resolve(REPORT_MD), ReportMarkdown.render(full));
            Files.writeString(temp.resolve(REPORT_HTML), ReportHtml.render(full));
            if (Files.isDirectory(reportDir)) {
                for (String name : List.of(METRICS_JSON, REPORT_MD, REPORT_HTML)) {
                    Files.move(temp.resolve(name), reportDir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
            } else {
                Files.move(temp, reportDir, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (String name : List.of(METRICS_JSON, REPORT_MD, REPORT_HTML)) {
                Files.deleteIfExists(temp.resolve(name));
            }
            Files.deleteIfExists(temp);
        }
        return reportDir.resolve(METRICS_JSON);
    }

    /** Reads an earlier run's metrics; a missing or unreadable directory is the user's input error. */
    public static RunMetrics read(Path reportDir) {
        Path file = reportDir.resolve(METRICS_JSON);
        if (!Files.isDirectory(reportDir)) {
            throw new InputException(reportDir + ": not a report directory (it does not exist)");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(reportDir + ": no readable " + METRICS_JSON + " in it");
        }
        try {
            RunMetrics m = JSON.readValue(file.toFile(), RunMetrics.class);
            if (m.version() != RunMetrics.VERSION || m.run() == null || m.stages() == null) {
                throw new InputException(file + ": not a version " + RunMetrics.VERSION + " scriptcast metrics file");
            }
            return m;
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": not a scriptcast metrics file (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static ObjectMapper json() {
        return JSON;
    }
}
