package dev.scriptcast.config;

import dev.scriptcast.base.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolved configuration: defaults, then the config file, then script front matter, then the command line.
 * Each value remembers where it came from ("scriptcast.yaml:7", "--fps", "default") for error messages.
 */
public final class ConfigValues {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final List<String> notices = new ArrayList<>();

    public ConfigValues() {
        for (ConfigKey key : ConfigKeys.ALL) {
            values.put(key.name(), key.defaultValue());
            origins.put(key.name(), "default");
        }
    }

    /** An independent copy: values, origins and notices; changing either leaves the other as it was. */
    public ConfigValues copy() {
        ConfigValues copy = new ConfigValues();
        copy.values.putAll(values);
        copy.origins.putAll(origins);
        copy.notices.addAll(notices);
        return copy;
    }

    /**
     * Sets a key from some source. {@code where} prefixes error messages, e.g. "config.yaml:7: video.fps" or
     * "--fps". Throws InputException for unknown keys, wrong types and out-of-range values.
     */
    public ConfigValues set(String name, Object raw, String where) {
        ConfigKey key = ConfigKeys.find(name)
                .orElseThrow(() -> new InputException(where + ": unknown setting (see README for the keys)"));
        if (raw == null) {
            values.put(name, null);
            origins.put(name, where);
            return this;
        }
        Object value = key.type().convert(raw);
        if (value == null) {
            throw new InputException(where + ": must be " + key.type().describe() + " (got " + raw + ")");
        }
        String problem = key.check().apply(value);
        if (problem != null) {
            throw new InputException(where + ": " + problem);
        }
        values.put(name, value);
        origins.put(name, where);
        return this;
    }

    public boolean isSet(String name) {
        return !"default".equals(origins.get(name));
    }

    public String origin(String name) {
        return origins.get(name);
    }

    public void notice(String message) {
        notices.add(message);
    }

    public List<String> notices() {
        return Collections.unmodifiableList(notices);
    }

    public String string(String name) {
        return (String) get(name);
    }

    public int integer(String name) {
        return (Integer) get(name);
    }

    public double number(String name) {
        return (Double) get(name);
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(get(name));
    }

    /** A path value; a leading {@code ~/} means the user's home folder, as in a shell. */
    public Path path(String name) {
        Object v = get(name);
        if (v == null) {
            return null;
        }
        String text = (String) v;
        if (text.equals("~") || text.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), text.substring(1).replaceFirst("^/", ""));
        }
        return Path.of(text);
    }

    @SuppressWarnings("unchecked")
    public List<Integer> integers(String name) {
        return (List<Integer>) get(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String name) {
        return (List<String>) get(name);
    }

    /** All values by key, for the report. */
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    private Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("no such config key: " + name);
        }
        return values.get(name);
    }
}
