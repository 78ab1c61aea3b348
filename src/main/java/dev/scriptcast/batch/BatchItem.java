package dev.scriptcast.batch;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One video of a batch: its output name, its script (an absolute path every worker can read), its own settings
 * over the batch's ({@code config}, flat keys as in {@code scriptcast config}) and where it was listed
 * ({@code "lessons.jsonl:3"}) for messages. A null value unsets a key.
 */
public record BatchItem(String name, String script, Map<String, Object> config, String listedAt)
        implements Serializable {
    public BatchItem {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }
}
