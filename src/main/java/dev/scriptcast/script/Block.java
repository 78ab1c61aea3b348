package dev.scriptcast.script;

import java.util.List;

/** One unit of a script: something to say, or a silence. */
public sealed interface Block permits Block.Paragraph, Block.Pause {
    /** 1-based line in the source file where the block starts. */
    int line();

    /**
     * Speakable text (markup already removed); {@code speaker} is the declared speaker who says it, as declared,
     * or null for the narrator (the {@code speech.*} voice).
     */
    record Paragraph(String text, int line, String speaker) implements Block {
        public Paragraph(String text, int line) {
            this(text, line, null);
        }

        public List<Sentence> sentences() {
            return Sentences.of(this);
        }
    }

    /** Explicit silence from a {@code [pause …]} directive or between paragraphs. */
    record Pause(long durationMs, int line) implements Block {}
}
