package dev.scriptcast.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.scriptcast.pipeline.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a run's report directory ({@code metrics.json}, {@code report.md}, {@code report.html}) and reads it back. */
public final class MetricsWriter {
    public static final String METRICS_JSON = "metrics.json";
    public static final String REPORT_MD = "report.md";
    public static final String REPORT_HTML = "report.html";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MetricsWriter() {
    }

    /** Writes all three files into {@code reportDir}, creating it if needed. */
    public static void write(RunMetrics metrics, Path reportDir) throws IOException {
        Files.createDirectories(reportDir);
        JSON.writeValue(reportDir.resolve(METRICS_JSON).toFile(), metrics);
        Files.writeString(reportDir.resolve(REPORT_MD), ReportMarkdown.render(metrics));
        Files.writeString(reportDir.resolve(REPORT_HTML), ReportHtml.render(metrics));
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
            return JSON.readValue(file.toFile(), RunMetrics.class);
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
