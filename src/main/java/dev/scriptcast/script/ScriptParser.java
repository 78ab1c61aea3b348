package dev.scriptcast.script;

import dev.scriptcast.base.InputException;
import dev.scriptcast.base.InputFiles;
import dev.scriptcast.base.SafeYaml;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads a UTF-8 text or Markdown script into blocks with source line numbers. */
public final class ScriptParser {
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final Pattern PAUSE = Pattern.compile("\\[pause\\s+([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s)\\]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIRECTIVE_LIKE = Pattern.compile("\\[pause\\b[^\\]]*\\]", Pattern.CASE_INSENSITIVE);

    private final long paragraphPauseMs;
    private final SpeakerPrefix speakers;

    public ScriptParser(long paragraphPauseMs) {
        this(paragraphPauseMs, List.of());
    }

    /**
     * {@code speakers}: the declared speakers' names. A line starting {@code NAME:} with one of them (in any case)
     * starts that speaker's turn as a new paragraph, after the paragraph pause; text without a prefix continues
     * the last turn, and text before the first turn is the narrator's.
     */
    public ScriptParser(long paragraphPauseMs, Collection<String> speakers) {
        this.paragraphPauseMs = paragraphPauseMs;
        this.speakers = new SpeakerPrefix(speakers);
    }

    public Script parse(Path file) {
        return parse(file, read(file));
    }

    /** The script's text, checked to be a readable UTF-8 file of at most 2 MiB. */
    public static String read(Path file) {
        return decode(file, readBytes(file));
    }

    static byte[] readBytes(Path file) {
        if (!Files.exists(file)) {
            throw new InputException(file + ": no such file");
        }
        InputFiles.refuseFolderOrDevice(file, file.toString());
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(file + ": script is " + size / 1024 + " KiB, the limit is 2 MiB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    static String decode(Path file, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(file + ": looks like a binary file, expected UTF-8 text");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not valid UTF-8 text");
        }
    }

    public Script parse(Path file, String text) {
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        int first = 0;
        Map<String, Object> frontMatter = Map.of();
        Map<String, Integer> keyLines = Map.of();
        if (!lines.isEmpty() && lines.getFirst().strip().equals("---")) {
            int end = findFrontMatterEnd(lines);
            if (end > 0) {
                String yaml = String.join("\n", lines.subList(1, end));
                frontMatter = parseFrontMatter(file, yaml);
                keyLines = keyLines(yaml);
                first = end + 1;
            }
        }
        List<Block> blocks = toBlocks(file, MarkdownText.strip(lines, first));
        if (blocks.stream().noneMatch(Block.Paragraph.class::isInstance)) {
            throw new InputException(file + ": the script has no text to speak");
        }
        return new Script(file, frontMatter, keyLines, blocks);
    }

    private static int findFrontMatterEnd(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> parseFrontMatter(Path file, String yaml) {
        try {
            Object data = SafeYaml.create().load(yaml);
            if (data == null) {
                return Map.of();
            }
            if (!(data instanceof Map<?, ?> map)) {
                throw new InputException(file + ":2: front matter must be a YAML mapping (key: value)");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 2 : e.getProblemMark().getLine() + 2; // front matter starts on line 2
            throw new InputException(file + ":" + line + ": invalid YAML front matter (" + e.getProblem() + ")");
        } catch (YAMLException e) {
            throw new InputException(file + ":2: invalid YAML front matter ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** The script line of each key and section key ("video.fps"); the front matter starts on line 2. */
    private static Map<String, Integer> keyLines(String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        if (SafeYaml.create().compose(new StringReader(yaml)) instanceof MappingNode root) {
            for (NodeTuple entry : root.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode key) {
                    lines.put(key.getValue(), key.getStartMark().getLine() + 2);
                    if (entry.getValueNode() instanceof MappingNode section) {
                        for (NodeTuple inner : section.getValue()) {
                            if (inner.getKeyNode() instanceof ScalarNode innerKey) {
                                lines.put(key.getValue() + "." + innerKey.getValue(),
                                        innerKey.getStartMark().getLine() + 2);
                            }
                        }
                    }
                }
            }
        }
        return lines;
    }

    /** Splits cleaned lines into paragraphs (blank-line separated) and pause directives. */
    private List<Block> toBlocks(Path file, List<MarkdownText.Line> lines) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        int paraLine = -1;
        boolean breakPending = false;
        String speaker = null;
        for (MarkdownText.Line line : lines) {
            if (line.text().isBlank()) {
                flush(blocks, para, paraLine, breakPending, speaker);
                breakPending = true;
                paraLine = -1;
                continue;
            }
            SpeakerPrefix.Match turn = speakers.find(line.text());
            int pos = 0;
            if (turn != null) {
                if (flush(blocks, para, paraLine, breakPending, speaker)) {
                    breakPending = true;
                }
                paraLine = -1;
                speaker = turn.speaker();
                pos = turn.textStart();
            }
            Matcher m = PAUSE.matcher(line.text());
            m.region(pos, line.text().length());
            while (m.find()) {
                paraLine = appendText(para, line.text().substring(pos, m.start()), paraLine, line.number());
                flush(blocks, para, paraLine, breakPending, speaker);
                breakPending = false;
                paraLine = -1;
                blocks.add(new Block.Pause(pauseMs(m), line.number()));
                pos = m.end();
            }
            String rest = line.text().substring(pos);
            if (DIRECTIVE_LIKE.matcher(rest).find()) {
                throw new InputException(file + ":" + line.number()
                        + ": bad pause directive, write [pause 800ms] or [pause 1.5s]");
            }
            paraLine = appendText(para, rest, paraLine, line.number());
        }
        flush(blocks, para, paraLine, breakPending, speaker);
        return blocks;
    }

    /**
     * Adds the collected text as a paragraph, preceded by the paragraph pause when a blank line separated it
     * from the previous paragraph. Returns whether there was one.
     */
    private boolean flush(List<Block> blocks, StringBuilder para, int paraLine, boolean breakPending,
                          String speaker) {
        String text = para.toString().strip().replaceAll("\\s+", " ");
        para.setLength(0);
        if (text.isEmpty() || !Speakable.hasWords(text)) {
            return false;
        }
        if (breakPending && paragraphPauseMs > 0 && !blocks.isEmpty() && blocks.getLast() instanceof Block.Paragraph) {
            blocks.add(new Block.Pause(paragraphPauseMs, paraLine));
        }
        blocks.add(new Block.Paragraph(text, paraLine, speaker));
        return true;
    }

    private static int appendText(StringBuilder para, String text, int paraLine, int lineNumber) {
        if (text.isBlank()) {
            return paraLine;
        }
        para.append(' ').append(text.strip());
        return paraLine < 0 ? lineNumber : paraLine;
    }

    private static long pauseMs(Matcher m) {
        double value = Double.parseDouble(m.group(1));
        return Math.round(m.group(2).equalsIgnoreCase("s") ? value * 1000 : value);
    }
}
