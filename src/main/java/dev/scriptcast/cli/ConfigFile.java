package dev.scriptcast.cli;

import dev.scriptcast.config.ConfigLoader;
import dev.scriptcast.config.ConfigValues;
import java.nio.file.Files;
import java.nio.file.Path;

/** The config file a command reads: {@code --config FILE}, else ./scriptcast.yaml when there is one. */
final class ConfigFile {
    private ConfigFile() {}

    /** The defaults with the file's settings over them; reading a file is announced as a notice. */
    static ConfigValues read(Path configFile) {
        ConfigValues config = new ConfigValues();
        Path file = configFile != null ? configFile : Path.of("scriptcast.yaml");
        if (configFile != null || Files.isRegularFile(file)) {
            ConfigLoader.apply(file, config);
            config.notice("settings from " + file.toAbsolutePath().normalize());
        }
        return config;
    }
}
