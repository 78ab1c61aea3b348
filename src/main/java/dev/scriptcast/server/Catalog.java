package dev.scriptcast.server;

import dev.scriptcast.avatar.presenter.Look;
import dev.scriptcast.config.ConfigKey;
import dev.scriptcast.config.ConfigKeys;
import dev.scriptcast.speech.SpeechEngine;
import dev.scriptcast.speech.SpeechEngines;
import dev.scriptcast.visual.Visualizers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the page's choosers offer, from the registries the command line uses (engines, looks, config keys). */
final class Catalog {
    private volatile List<Map<String, Object>> engines;

    /** Each speech engine, whether it runs here, and its voices. */
    Map<String, Object> voices() {
        if (engines == null) {
            List<Map<String, Object>> found = new ArrayList<>();
            for (String name : SpeechEngines.names()) {
                Map<String, Object> engine = new LinkedHashMap<>();
                engine.put("name", name);
                String availability = SpeechEngines.availability(name);
                engine.put("available", availability.equals("ok"));
                if (availability.equals("ok")) {
                    SpeechEngine speech = SpeechEngines.create(name);
                    engine.put("default", speech.defaultVoice());
                    engine.put("voices", speech.voices());
                } else {
                    engine.put("reason", availability);
                }
                found.add(engine);
            }
            engines = List.copyOf(found);
        }
        return Map.of("engines", engines);
    }

    /** The presenter's looks and positions, the aspects and the visualiser styles. */
    Map<String, Object> looks() {
        return Map.of("looks", Look.ALL.stream().map(Look::name).toList(),
                "positions", choices("avatar.position"), "aspects", choices("video.aspect"),
                "visualizers", Visualizers.STYLES);
    }

    /** Every key a request may set, with its type, default, range and help, as {@code scriptcast config} lists. */
    Map<String, Object> config() {
        List<Map<String, Object>> keys = new ArrayList<>();
        for (ConfigKey key : ConfigKeys.ALL) {
            if (RenderSettings.settable(key)) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("name", key.name());
                json.put("type", key.type().name().toLowerCase(java.util.Locale.ROOT));
                json.put("default", key.defaultValue());
                json.put("accepts", key.accepts());
                json.put("help", key.help());
                keys.add(json);
            }
        }
        return Map.of("keys", keys);
    }

    private static List<String> choices(String key) {
        return Arrays.asList(ConfigKeys.find(key).orElseThrow().accepts().split("\\|"));
    }
}
