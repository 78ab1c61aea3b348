package dev.scriptcast.speech;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Who speaks with which engine and voice: the narrator (the {@code speech.*} settings) and each declared speaker.
 * Speakers on the same engine share one engine instance.
 */
public record Voices(Voice narrator, Map<String, Voice> speakers) {
    /** An engine and the settings it speaks with. */
    public record Voice(SpeechEngine engine, VoiceSettings settings) {}

    public Voices {
        Map<String, Voice> byName = new LinkedHashMap<>();
        speakers.forEach((name, voice) -> byName.put(name.toLowerCase(Locale.ROOT), voice));
        speakers = java.util.Collections.unmodifiableMap(byName);
    }

    public static Voices single(SpeechEngine engine, VoiceSettings settings) {
        return new Voices(new Voice(engine, settings), Map.of());
    }

    /** The voice of {@code speaker} (any case); the narrator's for null or an undeclared name. */
    public Voice of(String speaker) {
        return speaker == null ? narrator : speakers.getOrDefault(speaker.toLowerCase(Locale.ROOT), narrator);
    }

    /** Every distinct engine instance, the narrator's first. */
    public List<SpeechEngine> engines() {
        Map<SpeechEngine, Boolean> seen = new IdentityHashMap<>();
        List<SpeechEngine> engines = new ArrayList<>();
        for (Voice v : all()) {
            if (seen.put(v.engine(), true) == null) {
                engines.add(v.engine());
            }
        }
        return engines;
    }

    /** The same voices with each engine instance replaced once by {@code wrap} of it (caching, spans, …). */
    public Voices wrapped(UnaryOperator<SpeechEngine> wrap) {
        Map<SpeechEngine, SpeechEngine> wrappedEngines = new IdentityHashMap<>();
        engines().forEach(e -> wrappedEngines.put(e, wrap.apply(e)));
        Map<String, Voice> out = new LinkedHashMap<>();
        speakers.forEach((name, v) -> out.put(name, new Voice(wrappedEngines.get(v.engine()), v.settings())));
        return new Voices(new Voice(wrappedEngines.get(narrator.engine()), narrator.settings()), out);
    }

    private List<Voice> all() {
        List<Voice> all = new ArrayList<>(List.of(narrator));
        all.addAll(speakers.values());
        return all;
    }
}
