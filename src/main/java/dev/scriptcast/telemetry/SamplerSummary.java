package dev.scriptcast.telemetry;

/** How the sampler ran: the interval asked for, the one achieved, and what sampling cost. */
public record SamplerSummary(long intervalMs, double medianIntervalMs, SamplerCost cost, String failure) {
}
