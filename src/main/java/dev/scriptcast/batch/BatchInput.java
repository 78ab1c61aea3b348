package dev.scriptcast.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@code scriptcast batch INPUT} renders: every {@code .txt} and {@code .md} in a folder, the scripts a text
 * file lists one per line, or a {@code .jsonl} manifest of {@code {"script", "name", "config"}} objects. Paths in a
 * list or manifest are relative to its folder. A manifest that cannot be read is one line naming its line; a
 * script that is missing is the item's own failure, found when it renders.
 */
public final class BatchInput {
    private static final Set<String> FIELDS = Set.of("script", "name", "config");
    private static final Pattern BAD_NAME = Pattern.compile("[/\\\\\\p{Cntrl}]|^\\.|^$");
    private static final int MAX_NAME = 200;

    private BatchInput() {}

    public static List<BatchItem> read(Path input) {
        List<BatchItem> items;
        if (Files.isDirectory(input)) {
            items = folder(input);
        } else if (!Files.isRegularFile(input)) {
            throw new InputException(input + ": no such folder, list or manifest");
        } else if (input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            items = manifest(input);
        } else {
            items = list(input);
        }
        if (items.isEmpty()) {
            throw new InputException(input + ": no scripts to render"
                    + (Files.isDirectory(input) ? " (a folder's .txt and .md files are its scripts)" : ""));
        }
        return items;
    }

    private static List<BatchItem> folder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> scripts = files.filter(Files::isRegularFile).filter(BatchInput::isScript).sorted().toList();
            Names names = new Names();
            return scripts.stream().map(s -> names.add(stem(s), s, s.toString(), Map.of())).toList();
        } catch (IOException e) {
            throw new InputException(dir + ": cannot list the folder (" + e.getMessage() + ")");
        }
    }

    private static boolean isScript(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".md"));
    }

    private static List<BatchItem> list(Path file) {
        List<String> lines = lines(file);
        Names names = new Names();
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                Path script = resolve(file, line);
                items.add(names.add(stem(script), script, file + ":" + (i + 1), Map.of()));
            }
        }
        return items;
    }

    private static List<BatchItem> manifest(Path file) {
        List<String> lines = lines(file);
        ObjectMapper json = new ObjectMapper();
        Names names = new Names();
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                String at = file + ":" + (i + 1);
                items.add(item(file, parse(json, lines.get(i), at), at, names));
            }
        }
        return items;
    }

    private static ObjectNode parse(ObjectMapper json, String line, String at) {
        try {
            if (json.readTree(line) instanceof ObjectNode object) {
                return object;
            }
            throw new InputException(at + ": expected one JSON object per line, like {\"script\": \"intro.md\"}");
        } catch (JsonProcessingException e) {
            throw new InputException(at + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static BatchItem item(Path file, ObjectNode object, String at, Names names) {
        for (String field : (Iterable<String>) object::fieldNames) {
            if (!FIELDS.contains(field)) {
                throw new InputException(at + ": unknown field \"" + field + "\" (an item has script, name, config)");
            }
        }
        JsonNode script = object.get("script");
        if (script == null || !script.isTextual() || script.asText().isBlank()) {
            throw new InputException(at + ": \"script\" must name the script file");
        }
        JsonNode name = object.get("name");
        if (name != null && !name.isTextual()) {
            throw new InputException(at + ": \"name\" must be text");
        }
        Path path = resolve(file, script.asText());
        Map<String, Object> config = ItemConfig.read(object.get("config"), at);
        return names.add(name == null ? stem(path) : name.asText(), path, at, config);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new InputException(file + ": not valid UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static Path resolve(Path listFile, String path) {
        Path folder = listFile.toAbsolutePath().getParent();
        return folder.resolve(path).toAbsolutePath().normalize();
    }

    private static String stem(Path script) {
        String name = script.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Output names: each a plain file name, each used once. */
    private static final class Names {
        private final Map<String, String> seen = new HashMap<>();

        BatchItem add(String name, Path script, String at, Map<String, Object> config) {
            if (BAD_NAME.matcher(name).find() || name.length() > MAX_NAME) {
                throw new InputException(at + ": name \"" + name + "\" cannot be a file name (no /, \\ or leading"
                        + " dot, at most " + MAX_NAME + " characters)");
            }
            String earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), at);
            if (earlier != null) {
                throw new InputException(at + ": the name " + name + " is taken by " + earlier
                        + "; give each item its own name");
            }
            return new BatchItem(name, script.toAbsolutePath().normalize().toString(), config, at);
        }
    }
}
