package dev.scriptcast.base;

/** Bad user input: the message is one line naming the file, line, flag or key, shown as-is (exit code 2). */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
