package dev.scriptcast.pipeline;

import dev.scriptcast.config.ConfigValues;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The run facts at the top of metrics.json: versions, machine, inputs and settings. */
final class RunInfo {
    private RunInfo() {}

    static Map<String, Object> describe(RenderRequest request, OutputFiles files, ConfigValues config) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("scriptcast", Scriptcast.VERSION);
        run.put("finishedAt", Instant.now().toString());
        run.put("java", Runtime.version().toString());
        run.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        run.put("cores", Runtime.getRuntime().availableProcessors());
        run.put("script", request.script().toAbsolutePath().toString());
        run.put("output", files.output().toString());
        run.put("settings", new TreeMap<>(config.asMap()));
        return run;
    }
}
