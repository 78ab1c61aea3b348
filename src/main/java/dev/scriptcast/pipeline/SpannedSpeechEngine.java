package dev.scriptcast.pipeline;

import dev.scriptcast.speech.Narration;
import dev.scriptcast.speech.SpeechEngine;
import dev.scriptcast.speech.SpeechException;
import dev.scriptcast.speech.VoiceSettings;
import dev.scriptcast.telemetry.Span;
import dev.scriptcast.telemetry.Telemetry;
import java.util.List;

/** Wraps each paragraph's synthesis in a telemetry span, so the report shows where speech time went. */
final class SpannedSpeechEngine implements SpeechEngine {
    private final SpeechEngine engine;
    private final Telemetry telemetry;

    SpannedSpeechEngine(SpeechEngine engine, Telemetry telemetry) {
        this.engine = engine;
        this.telemetry = telemetry;
    }

    @Override
    public String name() {
        return engine.name();
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
    public Narration speak(String text, int scriptLine, VoiceSettings voice) throws SpeechException {
        try (Span span = telemetry.span("paragraph at line " + scriptLine)) {
            return engine.speak(text, scriptLine, voice);
        }
    }
}
