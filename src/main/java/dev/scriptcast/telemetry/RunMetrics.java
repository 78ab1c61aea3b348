package dev.scriptcast.telemetry;

import java.util.List;
import java.util.Map;

/** Everything measured in one run, in stage order, plus facts noted by the stages. */
public record RunMetrics(long wallMs, long cpuMs, List<StageMetrics> stages, Map<String, Object> notes) {
    public RunMetrics {
        stages = List.copyOf(stages);
        notes = Map.copyOf(notes);
    }
}
