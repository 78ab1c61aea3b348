package dev.scriptcast.batch;

import dev.scriptcast.config.ConfigKey;
import dev.scriptcast.config.ConfigKeys;
import dev.scriptcast.config.ConfigLayer;
import dev.scriptcast.config.ConfigValues;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch's settings (config file and flags) in a form a Spark task can carry: each value that is not a
 * default, with its layer and where it came from, and the config files read.
 */
public record BatchSettings(List<Entry> entries, List<String> files) implements Serializable {
    record Entry(ConfigLayer layer, String key, Object value, String where) implements Serializable {}

    public BatchSettings {
        entries = List.copyOf(entries);
        files = List.copyOf(files);
    }

    public static BatchSettings of(ConfigValues config) {
        List<Entry> entries = new ArrayList<>();
        for (ConfigKey key : ConfigKeys.ALL) {
            if (config.isSet(key.name())) {
                Object value = config.asMap().get(key.name());
                entries.add(new Entry(config.layer(key.name()), key.name(),
                        value instanceof List<?> list ? new ArrayList<>(list) : value, config.origin(key.name())));
            }
        }
        return new BatchSettings(entries, config.files().stream().map(Path::toString).toList());
    }

    /** A new ConfigValues holding these settings. */
    public ConfigValues toConfig() {
        ConfigValues config = new ConfigValues();
        files.forEach(f -> config.readFrom(Path.of(f)));
        entries.forEach(e -> config.set(e.layer(), e.key(), e.value(), e.where()));
        return config;
    }
}
