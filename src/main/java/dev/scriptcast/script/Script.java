package dev.scriptcast.script;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed script: its blocks in order plus the YAML front matter (may be empty) and the script line of each
 * front-matter key ("video.fps" → 4), for error messages.
 */
public record Script(Path source, Map<String, Object> frontMatter, Map<String, Integer> frontMatterLines,
        List<Block> blocks) {
    public Script {
        frontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter)); // "voice:" holds null
        frontMatterLines = Map.copyOf(frontMatterLines);
        blocks = List.copyOf(blocks);
    }

    public Script(Path source, Map<String, Object> frontMatter, List<Block> blocks) {
        this(source, frontMatter, Map.of(), blocks);
    }

    public List<Block.Paragraph> paragraphs() {
        return blocks.stream()
                .filter(Block.Paragraph.class::isInstance)
                .map(Block.Paragraph.class::cast)
                .toList();
    }
}
