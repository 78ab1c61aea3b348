package dev.scriptcast.config;

import dev.scriptcast.base.InputException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The config file's {@code speakers:} section read from YAML nodes, so every error names its line. */
final class SpeakerNodes {
    private SpeakerNodes() {}

    static void apply(Path file, Node section, ConfigValues into) {
        Map<String, Integer> lines = new HashMap<>();
        lines.put(Speakers.SECTION, line(section));
        Object raw = section instanceof MappingNode m ? speakers(file, m, lines) : plain(section);
        into.setSpeakers(ConfigLayer.CONFIG_FILE, Speakers.parse(raw, key -> file + ":"
                + lines.getOrDefault(key, lines.get(Speakers.SECTION)) + ": " + key));
    }

    private static Map<String, Object> speakers(Path file, MappingNode section, Map<String, Integer> lines) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (NodeTuple speaker : section.getValue()) {
            String name = keyName(speaker, lines, Speakers.SECTION);
            if (speaker.getValueNode() instanceof MappingNode fields) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (NodeTuple field : fields.getValue()) {
                    values.put(keyName(field, lines, Speakers.SECTION + "." + name), plain(field.getValueNode()));
                }
                put(out, name, values, file, speaker);
            } else {
                put(out, name, plain(speaker.getValueNode()), file, speaker);
            }
        }
        return out;
    }

    private static void put(Map<String, Object> out, String name, Object value, Path file, NodeTuple at) {
        if (out.putIfAbsent(name, value) != null) {
            throw new InputException(file + ":" + line(at.getKeyNode()) + ": " + Speakers.SECTION + "." + name
                    + ": speaker declared twice (names match whatever their case)");
        }
    }

    private static String keyName(NodeTuple tuple, Map<String, Integer> lines, String prefix) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
            throw new InputException(prefix + " (line " + line(tuple.getKeyNode()) + "): keys must be plain names");
        }
        lines.putIfAbsent(prefix + "." + key.getValue(), line(key));
        return key.getValue();
    }

    /** Stands for a list or section where a value was expected, so the check refuses it and names it. */
    private record Nested(String kind) {
        @Override
        public String toString() {
            return kind;
        }
    }

    private static Object plain(Node node) {
        return node instanceof ScalarNode s ? ConfigLoader.scalar(s)
                : new Nested(node instanceof MappingNode ? "a section" : "a list");
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
