package dev.scriptcast.base;

import java.util.regex.Pattern;

/**
 * Bad user input: the message is one line naming the file, line, flag or key, shown as-is (exit code 2). It may
 * quote what the user wrote, of any size and with any characters, so control characters are escaped and it is cut
 * to {@value #MAX_CHARS} characters.
 */
public class InputException extends RuntimeException {
    public static final int MAX_CHARS = 300;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public InputException(String message) {
        super(shorten(message));
    }

    public InputException(String message, Throwable cause) {
        super(shorten(message), cause);
    }

    private static String shorten(String message) {
        if (message == null) {
            return null;
        }
        String oneLine = CONTROL.matcher(message).replaceAll(c -> switch (c.group().charAt(0)) {
            case '\n' -> "\\\\n";
            case '\r' -> "\\\\r";
            case '\t' -> "\\\\t";
            default -> String.format("\\\\u%04x", (int) c.group().charAt(0));
        });
        return oneLine.length() <= MAX_CHARS ? oneLine : oneLine.substring(0, MAX_CHARS - 1) + "…";
    }
}
