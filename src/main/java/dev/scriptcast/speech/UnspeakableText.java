package dev.scriptcast.speech;

/** A paragraph the engine cannot pronounce one word of: bad input at script line {@code line}, not a failure. */
public final class UnspeakableText extends SpeechException {
    private final int line;

    public UnspeakableText(int line, String reason) {
        super(reason);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
