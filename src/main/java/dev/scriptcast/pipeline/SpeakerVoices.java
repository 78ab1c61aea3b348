package dev.scriptcast.pipeline;

import dev.scriptcast.base.InputException;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.config.SpeakerSettings;
import dev.scriptcast.speech.SpeechEngine;
import dev.scriptcast.speech.SpeechEngines;
import dev.scriptcast.speech.VoiceSettings;
import dev.scriptcast.speech.Voices;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Each declared speaker's voice: their own engine, voice, rate and pitch where given, else the one their look
 * speaks with ({@link PresenterVoice}), else the narrator's ({@code speech.*}); a speaker on another engine without
 * a voice gets that engine's default voice. Speakers on
 * one engine share its instance.
 */
final class SpeakerVoices {
    private SpeakerVoices() {}

    static Voices of(ConfigValues config, SpeechEngine narratorEngine, VoiceSettings narrator) {
        Map<String, SpeechEngine> engines = new HashMap<>(Map.of(config.string("speech.engine"), narratorEngine));
        Map<String, Voices.Voice> speakers = new LinkedHashMap<>();
        for (SpeakerSettings s : config.speakers()) {
            String where = "speakers." + s.name();
            String engineName = Objects.requireNonNullElse(s.engine(), config.string("speech.engine"));
            SpeechEngine engine = engines.computeIfAbsent(engineName, name -> create(name, where));
            String looksVoice = PresenterVoice.defaultFor(engine.name(), s.look());
            String voice = s.voice() != null ? s.voice() : looksVoice != null ? looksVoice
                    : engine == narratorEngine ? narrator.voice() : engine.defaultVoice();
            if (!engine.voices().contains(voice)) {
                throw new InputException(where + ".voice " + voice + ": no such " + engine.name() + " voice; valid: "
                        + String.join(", ", engine.voices()));
            }
            speakers.put(s.name(), new Voices.Voice(engine, new VoiceSettings(engine.name(), voice,
                    Objects.requireNonNullElse(s.rate(), narrator.rate()),
                    Objects.requireNonNullElse(s.pitch(), narrator.pitch()), narrator.volume())));
        }
        return new Voices(new Voices.Voice(narratorEngine, narrator), speakers);
    }

    private static SpeechEngine create(String name, String where) {
        if (!SpeechEngines.names().contains(name)) {
            throw new InputException(where + ".engine " + name + ": unknown speech engine; valid: "
                    + String.join(", ", SpeechEngines.names()));
        }
        return SpeechEngines.create(name);
    }
}
