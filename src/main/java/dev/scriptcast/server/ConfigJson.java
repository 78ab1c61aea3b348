package dev.scriptcast.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's {@code config} object, nested as in the YAML file ({@code {"video": {"fps": 24}}}), as flat keys
 * ({@code video.fps}) with plain Java values for {@code ConfigValues}.
 */
final class ConfigJson {
    private ConfigJson() {}

    static Map<String, Object> flatten(JsonNode config, String where) {
        Map<String, Object> flat = new LinkedHashMap<>();
        if (config.isMissingNode() || config.isNull()) {
            return flat;
        }
        if (!config.isObject()) {
            throw new ApiError(400, where + ": expected an object of settings, nested as in the YAML file");
        }
        add(config, "", flat);
        return flat;
    }

    private static void add(JsonNode node, String prefix, Map<String, Object> flat) {
        for (var fields = node.properties().iterator(); fields.hasNext(); ) {
            var field = fields.next();
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                add(value, name + ".", flat);
            } else if (name.equals("background")) {
                flat.put("background.source", plain(value, name));
            } else {
                flat.put(name, plain(value, name));
            }
        }
    }

    private static Object plain(JsonNode value, String name) {
        if (value.isArray()) {
            List<Object> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (item.isContainerNode()) {
                    throw new ApiError(400, "config: " + name + ": expected a value or a list of plain values");
                }
                items.add(scalar(item));
            }
            return items;
        }
        return scalar(value);
    }

    private static Object scalar(JsonNode value) {
        if (value.isNull()) {
            return null;
        } else if (value.isBoolean()) {
            return value.booleanValue();
        } else if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        } else if (value.isNumber()) {
            return value.doubleValue();
        }
        return value.asText();
    }
}
