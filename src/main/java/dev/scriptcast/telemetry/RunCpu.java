package dev.scriptcast.telemetry;

/**
 * The run's CPU time counted for this render alone, beside {@link RunMetrics#cpuMs()} for the whole JVM and its
 * child processes (every render in it, and threads native code started, such as x264's encoder threads):
 * {@code renderCpuMs} for the threads registered to this render only ({@link RenderThreads}: its pipeline thread
 * and pools), {@code renderThreads} of them registered over the run (pool threads that have finished included);
 * {@code sharedThreads} when one of them also worked for another render at the same time, whose CPU time then
 * counts in both. {@code perRenderSupported} is false where the system cannot name threads (not Linux);
 * renderCpuMs is then 0.
 */
public record RunCpu(double renderCpuMs, int renderThreads, boolean sharedThreads, boolean perRenderSupported) {
}
