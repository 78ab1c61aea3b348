package dev.scriptcast.pipeline;

import dev.scriptcast.config.ConfigValues;
import java.nio.file.Path;

/** What to render: a script file and the settings (defaults, config file and command line already merged). */
public record RenderRequest(Path script, ConfigValues config) {}
