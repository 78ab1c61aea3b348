package dev.scriptcast.config;

import dev.scriptcast.base.InputException;
import dev.scriptcast.base.InputFiles;
import dev.scriptcast.base.SafeYaml;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a YAML config file into {@link ConfigValues}, naming the file, line and key in every error. */
public final class ConfigLoader {
    private static final String NOT_PLAIN = "expected a value or a list of plain values, not nested lists or sections";
    /** YAML 1.1 booleans, as SnakeYAML tags them: yes/no, on/off, true/false in any case. */
    private static final Set<String> TRUE_WORDS = Set.of("yes", "on", "true");

    private ConfigLoader() {}

    public static void apply(Path file, ConfigValues into) {
        InputFiles.refuseFolderOrDevice(file, "config file " + file);
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": config file not found");
        }
        into.readFrom(file);
        Node root;
        try {
            root = SafeYaml.create().compose(new StringReader(readUtf8(file)));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InputException(file + ":" + line + ": invalid YAML (" + e.getProblem() + ")");
        } catch (YAMLException e) {
            throw new InputException(file + ": invalid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new InputException(file + ":1: config must be a mapping of keys to values");
        }
        applyMapping(file, mapping, "", into);
    }

    private static String readUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read config (" + e.getMessage() + ")");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new InputException(file + ":" + line + ": not valid UTF-8 text (save the file as UTF-8)");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Merges script front matter below the command line; {@code voice} and {@code engine} are shorthands,
     * {@code title} is metadata.
     */
    public static void applyFrontMatter(Path script, Map<String, Object> frontMatter, ConfigValues into) {
        applyFrontMatter(script, frontMatter, Map.of(), into);
    }

    /** As above, naming the script line of a bad key from {@code keyLines} ("video.fps" → 4). */
    public static void applyFrontMatter(Path script, Map<String, Object> frontMatter, Map<String, Integer> keyLines,
            ConfigValues into) {
        frontMatter.forEach((key, value) -> {
            String name = switch (key) {
                case "voice" -> "speech.voice";
                case "engine", "tts-engine", "tts_engine" -> "speech.engine";
                default -> key;
            };
            if (key.equals("title") || key.equals("author") || key.equals("description")) {
                return;
            }
            if (key.equals(Speakers.SECTION)) {
                into.setSpeakers(ConfigLayer.FRONT_MATTER, Speakers.parse(value, k -> frontMatterWhere(script,
                        keyLines.get(k.split("\\.", 3).length > 2 ? k.substring(0, k.lastIndexOf('.')) : k), k)));
                return;
            }
            if (value instanceof Map<?, ?> section) {
                section.forEach((k, v) -> setPlain(into, ConfigLayer.FRONT_MATTER, name + "." + k, v,
                        frontMatterWhere(script, keyLines.get(key + "." + k), name + "." + k)));
            } else {
                setPlain(into, ConfigLayer.FRONT_MATTER, name, value, frontMatterWhere(script, keyLines.get(key), name));
            }
        });
    }

    private static String frontMatterWhere(Path script, Integer line, String name) {
        return line == null ? script + " front matter: " + name : script + ":" + line + ": " + name;
    }

    /** Values are scalars or lists of scalars; deeper data (possibly recursive through aliases) is refused. */
    private static void setPlain(ConfigValues into, ConfigLayer layer, String name, Object value, String where) {
        boolean nested = value instanceof Map<?, ?> || value instanceof List<?> list
                && list.stream().anyMatch(item -> item instanceof Map<?, ?> || item instanceof List<?>);
        if (nested) {
            throw new InputException(where + ": " + NOT_PLAIN);
        }
        into.set(layer, name, value, where);
    }

    private static void applyMapping(Path file, MappingNode mapping, String prefix, ConfigValues into) {
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int line = keyNode.getStartMark().getLine() + 1;
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                throw new InputException(file + ":" + line + ": keys must be plain names");
            }
            String name = prefix + scalarKey.getValue();
            Node valueNode = tuple.getValueNode();
            String where = file + ":" + line + ": " + name;
            if (!seen.add(name)) {
                throw new InputException(where + ": set twice in the same section, keep one");
            }
            if (name.equals(Speakers.SECTION)) {
                SpeakerNodes.apply(file, valueNode, into);
            } else if (valueNode instanceof MappingNode nested) {
                if (ConfigKeys.find(name).isPresent()) {
                    throw new InputException(where + ": expected a single value, not a section");
                }
                boolean knownSection = ConfigKeys.ALL.stream().anyMatch(k -> k.name().startsWith(name + "."));
                if (!knownSection) {
                    throw new InputException(where + ": unknown section" + ConfigKeys.suggestion(name)
                            + " (see scriptcast config for the keys)");
                }
                applyMapping(file, nested, name + ".", into);
            } else if (name.equals("background") && valueNode instanceof ScalarNode) {
                into.set(ConfigLayer.CONFIG_FILE, "background.source", toJava(valueNode, where), where);
            } else {
                into.set(ConfigLayer.CONFIG_FILE, name, toJava(valueNode, where), where);
            }
        }
    }

    private static Object toJava(Node node, String where) {
        return switch (node) {
            case ScalarNode s -> scalar(s);
            case SequenceNode seq -> seq.getValue().stream().map(item -> {
                if (item instanceof ScalarNode s) {
                    return scalar(s);
                }
                throw new InputException(where + ": " + NOT_PLAIN);
            }).toList();
            default -> throw new InputException(where + ": expected a single value, not a section");
        };
    }

    /** YAML 1.1 scalars; what Java cannot read as a number ({@code .nan}, {@code 1:30}) stays text for the key's type check. */
    static Object scalar(ScalarNode s) {
        String tag = s.getTag().getValue();
        String text = s.getValue();
        if (tag.endsWith(":null")) {
            return null;
        } else if (tag.endsWith(":int")) {
            return parseInt(text);
        } else if (tag.endsWith(":float")) {
            return parseDouble(text);
        } else if (tag.endsWith(":bool")) {
            return TRUE_WORDS.contains(text.toLowerCase(Locale.ROOT));
        }
        return text;
    }

    private static Object parseDouble(String text) {
        try {
            return Double.parseDouble(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Object parseInt(String text) {
        try {
            return Integer.parseInt(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
