package dev.scriptcast.config;

import dev.scriptcast.base.InputException;
import dev.scriptcast.base.InputFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a YAML config file into {@link ConfigValues}, naming the file, line and key in every error. */
public final class ConfigLoader {
    private ConfigLoader() {}

    public static void apply(Path file, ConfigValues into) {
        InputFiles.refuseFolderOrDevice(file, "--config " + file);
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": config file not found");
        }
        Node root;
        try (Reader reader = Files.newBufferedReader(file)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InputException(file + ":" + line + ": invalid YAML (" + e.getProblem() + ")");
        } catch (MalformedInputException e) {
            throw new InputException(file + ": not valid UTF-8 text");
        } catch (YAMLException | IOException e) {
            throw new InputException(file + ": cannot read config (" + e.getMessage() + ")");
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new InputException(file + ":1: config must be a mapping of keys to values");
        }
        applyMapping(file, mapping, "", into);
    }

    /**
     * Merges script front matter below the command line; {@code voice} and {@code engine} are shorthands,
     * {@code title} is metadata.
     */
    public static void applyFrontMatter(Path script, Map<String, Object> frontMatter, ConfigValues into) {
        frontMatter.forEach((key, value) -> {
            String name = switch (key) {
                case "voice" -> "speech.voice";
                case "engine", "tts-engine", "tts_engine" -> "speech.engine";
                default -> key;
            };
            if (key.equals("title") || key.equals("author") || key.equals("description")) {
                return;
            }
            if (value instanceof Map<?, ?> section) {
                section.forEach((k, v) -> into.set(ConfigLayer.FRONT_MATTER, name + "." + k, v,
                        script + " front matter: " + name + "." + k));
            } else {
                into.set(ConfigLayer.FRONT_MATTER, name, value, script + " front matter: " + name);
            }
        });
    }

    private static void applyMapping(Path file, MappingNode mapping, String prefix, ConfigValues into) {
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int line = keyNode.getStartMark().getLine() + 1;
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                throw new InputException(file + ":" + line + ": keys must be plain names");
            }
            String name = prefix + scalarKey.getValue();
            Node valueNode = tuple.getValueNode();
            String where = file + ":" + line + ": " + name;
            if (valueNode instanceof MappingNode nested) {
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
                into.set(ConfigLayer.CONFIG_FILE, "background.source", toJava(valueNode), where);
            } else {
                into.set(ConfigLayer.CONFIG_FILE, name, toJava(valueNode), where);
            }
        }
    }

    private static Object toJava(Node node) {
        return switch (node) {
            case ScalarNode s when s.getTag().getValue().endsWith(":null") -> null;
            case ScalarNode s when s.getTag().getValue().endsWith(":int") -> parseInt(s.getValue());
            case ScalarNode s when s.getTag().getValue().endsWith(":float") -> Double.parseDouble(s.getValue());
            case ScalarNode s when s.getTag().getValue().endsWith(":bool") -> Boolean.parseBoolean(s.getValue());
            case ScalarNode s -> s.getValue();
            case SequenceNode seq -> seq.getValue().stream().map(ConfigLoader::toJava).toList();
            default -> String.valueOf(node);
        };
    }

    private static Object parseInt(String text) {
        try {
            return Integer.parseInt(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
