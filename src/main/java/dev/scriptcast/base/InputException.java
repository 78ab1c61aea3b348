package dev.scriptcast.base;

/**
 * Bad user input: the message is one line naming the file, line, flag or key, shown as-is (exit code 2). It is
 * cut to {@value #MAX_CHARS} characters, since it may quote a value the user wrote, of any size.
 */
public class InputException extends RuntimeException {
    public static final int MAX_CHARS = 300;

    public InputException(String message) {
        super(shorten(message));
    }

    public InputException(String message, Throwable cause) {
        super(shorten(message), cause);
    }

    private static String shorten(String message) {
        return message == null || message.length() <= MAX_CHARS ? message : message.substring(0, MAX_CHARS - 1) + "…";
    }
}
