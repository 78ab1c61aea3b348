package dev.scriptcast.pipeline;

import dev.scriptcast.config.ConfigValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the run was asked to do, for {@code run.inputs} in metrics.json; the machine and versions are recorded by
 * telemetry itself.
 */
final class RunInputs {
    private RunInputs() {}

    static Map<String, Object> describe(RenderRequest request, OutputFiles files, ConfigValues config) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("script", request.script().toAbsolutePath().toString());
        inputs.put("output", files.output().toString());
        inputs.put("settings", new TreeMap<>(config.asMap()));
        inputs.put("settingOrigins", new TreeMap<>(config.origins()));
        return inputs;
    }
}
