package dev.scriptcast.speech;

public class SpeechException extends Exception {
    public SpeechException(String message, Throwable cause) {
        super(message, cause);
    }

    public SpeechException(String message) {
        super(message);
    }
}
