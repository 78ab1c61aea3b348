package dev.scriptcast.telemetry;

/** The work of one stage, run and measured by {@link Telemetry#stage}. */
@FunctionalInterface
public interface StageBody<T> {
    T run() throws Exception;
}
