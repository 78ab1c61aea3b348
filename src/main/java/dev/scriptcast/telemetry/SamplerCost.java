package dev.scriptcast.telemetry;

/**
 * What sampling cost: the sampler thread's own CPU time, as a share of one core over the sampled time and as a
 * share of the whole machine.
 */
public record SamplerCost(long ticks, double threadCpuMs, double sampledWallMs, double percentOfOneCore,
        double percentOfMachine) {
}
