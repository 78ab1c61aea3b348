package dev.scriptcast.pipeline;

import dev.scriptcast.config.ConfigValues;
import java.nio.file.Path;

/** The stage cache folder: work.dir, else $XDG_CACHE_HOME/scriptcast, else ~/.cache/scriptcast. */
final class WorkDir {
    private WorkDir() {}

    static Path of(ConfigValues config) {
        Path configured = config.path("work.dir");
        if (configured != null) {
            return configured.toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("scriptcast");
    }
}
