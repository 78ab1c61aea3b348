package dev.scriptcast.pipeline;

import dev.scriptcast.config.ConfigValues;
import java.nio.file.Path;

/**
 * What to render: a script file, the settings (defaults, config file and command line already merged) and the
 * most threads the render may keep busy at once, shared by speech, composition and lip-sync. The render reads
 * {@code config} into its own copy and never changes it, so one ConfigValues can serve several renders.
 */
public record RenderRequest(Path script, ConfigValues config, int threads) {
    public RenderRequest {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** A render that may use every core. */
    public RenderRequest(Path script, ConfigValues config) {
        this(script, config, Runtime.getRuntime().availableProcessors());
    }
}
