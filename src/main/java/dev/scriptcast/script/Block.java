package dev.scriptcast.script;

/** One unit of a script: something to say, or a silence. */
public sealed interface Block permits Block.Paragraph, Block.Pause {
    /** 1-based line in the source file where the block starts. */
    int line();

    /** Speakable text (markup already removed). */
    record Paragraph(String text, int line) implements Block {}

    /** Explicit silence from a {@code [pause …]} directive or between paragraphs. */
    record Pause(long durationMs, int line) implements Block {}
}
