package dev.scriptcast.speech;

import java.util.List;

/** Base for decorators that add something around another engine's {@code speak} (caching, spans, …). */
public abstract class ForwardingSpeechEngine implements SpeechEngine {
    protected final SpeechEngine engine;

    protected ForwardingSpeechEngine(SpeechEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return engine.name();
    }

    @Override
    public String identity() {
        return engine.identity();
    }

    @Override
    public String defaultVoice() {
        return engine.defaultVoice();
    }

    @Override
    public List<String> voices() {
        return engine.voices();
    }

    @Override
    public boolean started() {
        return engine.started();
    }

    @Override
    public void start() throws SpeechException {
        engine.start();
    }

    @Override
    public void startAhead() {
        engine.startAhead();
    }
}
