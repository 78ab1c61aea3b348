package dev.scriptcast.batch;

import java.io.Serializable;
import java.util.List;

/**
 * A whole batch: the items in order, the settings they share, how many times a failure that is not the input's
 * fault is retried, and the renderer.
 */
public record BatchJob(List<BatchItem> items, BatchSettings settings, int retries, Renderer renderer)
        implements Serializable {
    public BatchJob {
        items = List.copyOf(items);
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative, got " + retries);
        }
    }
}
