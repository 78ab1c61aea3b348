package dev.scriptcast.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings the runner gives one attempt, over the batch's and the item's (the GPU a Spark task was given), and who
 * gave them, for messages ("from the GPU Spark assigned"). Values are checked as flags' are, when the item renders.
 */
public record Assigned(Map<String, Object> settings, String by) {
    public static final Assigned NONE = new Assigned(Map.of(), "");

    public Assigned {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}
