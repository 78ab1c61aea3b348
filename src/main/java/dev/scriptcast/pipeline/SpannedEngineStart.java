package dev.scriptcast.pipeline;

import dev.scriptcast.speech.ForwardingSpeechEngine;
import dev.scriptcast.speech.Narration;
import dev.scriptcast.speech.SpeechEngine;
import dev.scriptcast.speech.SpeechException;
import dev.scriptcast.speech.VoiceSettings;
import dev.scriptcast.telemetry.Span;
import dev.scriptcast.telemetry.Telemetry;

/**
 * Starts the engine, if it is not running yet, in its own {@value Telemetry#ENGINE_START} span of the stage before
 * the first paragraph it speaks, so the report tells loading the engine apart from speaking. Sits behind the
 * speech cache: a render whose speech is all cached never starts the engine.
 */
final class SpannedEngineStart extends ForwardingSpeechEngine {
    private final Telemetry telemetry;

    SpannedEngineStart(SpeechEngine engine, Telemetry telemetry) {
        super(engine);
        this.telemetry = telemetry;
    }

    @Override
    public Narration speak(String text, int scriptLine, VoiceSettings voice) throws SpeechException {
        if (!engine.started()) {
            start();
        }
        return engine.speak(text, scriptLine, voice);
    }

    /** One span however many paragraphs ask at once: the others wait here for the same start. */
    @Override
    public synchronized void start() throws SpeechException {
        if (!engine.started()) {
            try (Span span = telemetry.stageSpan(Telemetry.ENGINE_START)) {
                engine.start();
            }
        }
    }
}
