package dev.scriptcast.pipeline;

/** Bad user input (file, flag, config key): exit code 2 with the one-line message printed as-is. */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
