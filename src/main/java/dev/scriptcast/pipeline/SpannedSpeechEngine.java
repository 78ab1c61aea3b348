package dev.scriptcast.pipeline;

import dev.scriptcast.speech.ForwardingSpeechEngine;
import dev.scriptcast.speech.Narration;
import dev.scriptcast.speech.SpeechEngine;
import dev.scriptcast.speech.SpeechException;
import dev.scriptcast.speech.VoiceSettings;
import dev.scriptcast.telemetry.Span;
import dev.scriptcast.telemetry.Telemetry;

/** Wraps each paragraph's synthesis in a telemetry span, so the report shows where speech time went. */
final class SpannedSpeechEngine extends ForwardingSpeechEngine {
    private final Telemetry telemetry;

    SpannedSpeechEngine(SpeechEngine engine, Telemetry telemetry) {
        super(engine);
        this.telemetry = telemetry;
    }

    @Override
    public Narration speak(String text, int scriptLine, VoiceSettings voice) throws SpeechException {
        try (Span span = telemetry.span("sentence at line " + scriptLine)) {
            return engine.speak(text, scriptLine, voice);
        }
    }
}
