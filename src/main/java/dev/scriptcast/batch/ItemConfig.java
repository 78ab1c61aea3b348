package dev.scriptcast.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scriptcast.base.InputException;
import dev.scriptcast.config.ConfigLayer;
import dev.scriptcast.config.ConfigValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An item's own settings, written as nested keys like the YAML config ({@code {"video": {"size": "320x180"}}}),
 * and the settings an item renders with: the batch's, then the item's, then where its outputs go.
 */
public final class ItemConfig {
    private ItemConfig() {}

    /** The manifest's {@code config} object as flat keys, each checked as the config file's would be. */
    static Map<String, Object> read(JsonNode config, String at) {
        Map<String, Object> keys = new LinkedHashMap<>();
        if (config == null || config.isNull()) {
            return keys;
        }
        if (!config.isObject()) {
            throw new InputException(at + ": \"config\" must be an object of settings, like {\"video\": {\"fps\": 24}}");
        }
        flatten(config, "", at, keys);
        ConfigValues check = new ConfigValues();
        keys.forEach((key, value) -> check.set(ConfigLayer.COMMAND_LINE, key, value, at + ": " + key));
        return keys;
    }

    private static void flatten(JsonNode object, String prefix, String at, Map<String, Object> into) {
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) object::fields) {
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(value, name + ".", at, into);
            } else if (name.equals("background")) {
                into.put("background.source", scalar(value, at, name));
            } else if (value.isArray()) {
                List<Object> items = new ArrayList<>();
                value.forEach(item -> items.add(scalar(item, at, name)));
                into.put(name, items);
            } else {
                into.put(name, scalar(value, at, name));
            }
        }
    }

    private static Object scalar(JsonNode value, String at, String name) {
        if (value.isContainerNode()) {
            throw new InputException(at + ": " + name + ": expected a value or a list of plain values");
        }
        if (value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToInt() ? (Object) value.intValue() : value.asText();
        }
        return value.isNumber() ? (Object) value.doubleValue() : value.asText();
    }

    /**
     * What {@code item} renders with: the batch's settings, the item's over them, and its outputs in {@code dir}
     * as NAME.EXT (the container named by {@code output}'s extension, else MP4) and NAME.report.
     */
    public static ConfigValues effective(BatchSettings settings, BatchItem item, Path dir) {
        return effective(settings, item, Assigned.NONE, dir);
    }

    /** As {@link #effective(BatchSettings, BatchItem, Path)}, with what the runner assigned over the item's own. */
    public static ConfigValues effective(BatchSettings settings, BatchItem item, Assigned assigned, Path dir) {
        ConfigValues config = settings.toConfig();
        item.config().forEach((key, value) -> config.set(key, value, item.listedAt() + ": " + key));
        assigned.settings().forEach((key, value) -> config.set(key, value, key + " " + assigned.by()));
        config.set("output", dir.resolve(item.name() + "." + container(config)).toString(), "output");
        config.set("report.dir", dir.resolve(item.name() + ".report").toString(), "report.dir");
        return config;
    }

    /** The container's extension, from the output named in the settings; a batch names each file itself. */
    static String container(ConfigValues config) {
        Path output = config.path("output");
        String name = output == null || output.getFileName() == null ? "" : output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "mp4" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
