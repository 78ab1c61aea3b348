package dev.scriptcast.telemetry;

/** An open span; closing it records its end. Spans nest on the thread that opened them. */
public final class Span implements AutoCloseable {
    private final Runnable onClose;
    private boolean closed;

    Span(Runnable onClose) {
        this.onClose = onClose;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            onClose.run();
        }
    }
}
