package dev.scriptcast.speech;

/**
 * A spoken word as written in the script, with the script line it came from and who says it (a declared
 * speaker's name, or null for the narrator).
 */
public record Word(String text, int scriptLine, String speaker) {
    public Word(String text, int scriptLine) {
        this(text, scriptLine, null);
    }
}
