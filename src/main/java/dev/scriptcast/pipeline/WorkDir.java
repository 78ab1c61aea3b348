package dev.scriptcast.pipeline;

import dev.scriptcast.base.ByteSize;
import dev.scriptcast.cache.CacheFolder;
import dev.scriptcast.config.ConfigValues;
import java.nio.file.Path;

/** The stage cache folder: work.dir, else $XDG_CACHE_HOME/scriptcast, else ~/.cache/scriptcast. */
public final class WorkDir {
    private WorkDir() {}

    public static Path of(ConfigValues config) {
        Path configured = config.path("work.dir");
        if (configured != null) {
            return configured.toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("scriptcast");
    }

    /** Keeps the cache within cache.max_size, when set: the least recently used entries go first. */
    static void enforceMaxSize(ConfigValues config) {
        String maxSize = config.string("cache.max_size");
        if (maxSize != null) {
            new CacheFolder(of(config)).enforce(ByteSize.parse(maxSize));
        }
    }
}
