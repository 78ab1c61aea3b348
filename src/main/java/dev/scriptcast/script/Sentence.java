package dev.scriptcast.script;

/**
 * One sentence of a paragraph, as written (markup already removed), with the script line of its paragraph and its
 * speaker (as declared; null for the narrator).
 */
public record Sentence(String text, int line, String speaker) {
    public Sentence(String text, int line) {
        this(text, line, null);
    }
}
