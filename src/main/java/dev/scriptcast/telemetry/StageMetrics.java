package dev.scriptcast.telemetry;

/** What one stage cost: wall time from the run start, process CPU time and resident memory. */
public record StageMetrics(String name, long startMs, long endMs, long cpuMs, double peakRssMb) {
    public long wallMs() {
        return endMs - startMs;
    }

    /** Process CPU time over wall time, in percent of one core (200 % = two busy cores). */
    public double cpuPercent() {
        return wallMs() == 0 ? 0 : 100.0 * cpuMs / wallMs();
    }
}
