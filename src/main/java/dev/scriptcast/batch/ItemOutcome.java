package dev.scriptcast.batch;

import java.io.Serializable;

/**
 * What became of one item: {@code attempts} counts renders started (0 when skipped), {@code error} is the one
 * line a failed item reports, null otherwise.
 */
public record ItemOutcome(String name, String script, Status status, int attempts, long wallMs, String error)
        implements Serializable {
    public enum Status { DONE, SKIPPED, FAILED }
}
