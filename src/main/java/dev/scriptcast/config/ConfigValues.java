package dev.scriptcast.config;

import dev.scriptcast.base.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolved configuration in layers: defaults &lt; config file &lt; script front matter &lt; command line
 * (see {@link ConfigLayer}). Each value remembers where it came from ("scriptcast.yaml:7", "--fps", "default")
 * for error messages.
 */
public final class ConfigValues {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final Map<String, ConfigLayer> layers = new LinkedHashMap<>();
    private final List<String> notices = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    /** Declared speakers by lower-case name, each from the highest layer that declares it. */
    private final Map<String, SpeakerSettings> speakers = new LinkedHashMap<>();
    private final Map<String, ConfigLayer> speakerLayers = new LinkedHashMap<>();

    public ConfigValues() {
        for (ConfigKey key : ConfigKeys.ALL) {
            values.put(key.name(), key.defaultValue());
            origins.put(key.name(), "default");
            layers.put(key.name(), ConfigLayer.DEFAULT);
        }
    }

    private ConfigValues(ConfigValues from) {
        values.putAll(from.values);
        origins.putAll(from.origins);
        layers.putAll(from.layers);
        notices.addAll(from.notices);
        files.addAll(from.files);
        speakers.putAll(from.speakers);
        speakerLayers.putAll(from.speakerLayers);
    }

    /** An independent copy: changes to either leave the other as it was. */
    public ConfigValues copy() {
        return new ConfigValues(this);
    }

    /** Sets a key as the command line (or an embedding program) does: it wins over every other layer. */
    public ConfigValues set(String name, Object raw, String where) {
        return set(ConfigLayer.COMMAND_LINE, name, raw, where);
    }

    /**
     * Sets a key from a layer. {@code where} prefixes error messages, e.g. "config.yaml:7: video.fps" or "--fps".
     * Throws InputException for unknown keys, wrong types and out-of-range values, even when a higher layer
     * already holds the key and the value is therefore not used.
     */
    public ConfigValues set(ConfigLayer layer, String name, Object raw, String where) {
        ConfigKey key = ConfigKeys.find(name).orElseThrow(() -> new InputException(where
                + ": unknown setting" + ConfigKeys.suggestion(name) + " (see scriptcast config for the keys)"));
        Object value = raw == null ? null : key.type().convert(raw);
        if (raw != null && value == null) {
            throw new InputException(where + ": must be " + key.type().describe() + " (got " + raw + ")");
        }
        String problem = value == null ? null : key.check().apply(value);
        if (problem != null) {
            throw new InputException(where + ": " + problem);
        }
        if (layer.compareTo(layers.get(name)) >= 0) {
            values.put(name, value);
            origins.put(name, where);
            layers.put(name, layer);
        }
        return this;
    }

    /**
     * Declares speakers from a layer: a speaker declared again in a higher layer (front matter over the config
     * file) is replaced whole; the others stay.
     */
    public ConfigValues setSpeakers(ConfigLayer layer, List<SpeakerSettings> declared) {
        for (SpeakerSettings speaker : declared) {
            String key = speaker.name().toLowerCase(java.util.Locale.ROOT);
            if (layer.compareTo(speakerLayers.getOrDefault(key, ConfigLayer.DEFAULT)) >= 0) {
                speakers.put(key, speaker);
                speakerLayers.put(key, layer);
            }
        }
        return this;
    }

    /** The declared speakers, in the order they were first declared; empty for a single narrator. */
    public List<SpeakerSettings> speakers() {
        return List.copyOf(speakers.values());
    }

    public boolean isSet(String name) {
        return layers.get(name) != ConfigLayer.DEFAULT;
    }

    public ConfigLayer layer(String name) {
        return layers.get(name);
    }

    public String origin(String name) {
        return origins.get(name);
    }

    /** Where each setting that is not a default came from, by key ("video.fps" → "--fps"), for the report. */
    public Map<String, String> origins() {
        Map<String, String> set = new LinkedHashMap<>();
        origins.forEach((name, where) -> {
            if (isSet(name)) {
                set.put(name, where);
            }
        });
        return set;
    }

    /** Records a config file these values were read from, so a render never writes over it. */
    public void readFrom(Path file) {
        files.add(file);
    }

    /** The config files these values were read from ({@link ConfigLoader#apply} records each). */
    public List<Path> files() {
        return Collections.unmodifiableList(files);
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
