package dev.scriptcast.script;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed script: its blocks in order plus the YAML front matter (may be empty). */
public record Script(Path source, Map<String, Object> frontMatter, List<Block> blocks) {
    public Script {
        frontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter)); // "voice:" holds null
        blocks = List.copyOf(blocks);
    }

    public List<Block.Paragraph> paragraphs() {
        return blocks.stream()
                .filter(Block.Paragraph.class::isInstance)
                .map(Block.Paragraph.class::cast)
                .toList();
    }
}
