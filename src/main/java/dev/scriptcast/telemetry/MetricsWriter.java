package dev.scriptcast.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Writes {@code metrics.json} (schema in docs/metrics-schema.md); every note becomes a top-level section. */
public final class MetricsWriter {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MetricsWriter() {}

    public static Path write(Path reportDir, Map<String, Object> run, RunMetrics metrics) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", SCHEMA_VERSION);
        root.set("run", JSON.valueToTree(run));
        root.put("wallMs", metrics.wallMs());
        root.put("cpuMs", metrics.cpuMs());
        ArrayNode stages = root.putArray("stages");
        for (StageMetrics s : metrics.stages()) {
            ObjectNode node = stages.addObject();
            node.put("name", s.name());
            node.put("startMs", s.startMs());
            node.put("endMs", s.endMs());
            node.put("wallMs", s.wallMs());
            node.put("cpuMs", s.cpuMs());
            node.put("cpuPercent", Math.round(s.cpuPercent() * 10) / 10.0);
            node.put("peakRssMb", Math.round(s.peakRssMb() * 10) / 10.0);
        }
        metrics.notes().forEach((key, value) -> root.set(key, JSON.valueToTree(value)));
        Files.createDirectories(reportDir);
        Path file = reportDir.resolve("metrics.json");
        Path tmp = reportDir.resolve("metrics.json.tmp");
        JSON.writeValue(tmp.toFile(), root);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}
