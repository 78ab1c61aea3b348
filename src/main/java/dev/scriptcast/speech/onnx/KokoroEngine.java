package dev.scriptcast.speech.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scriptcast.base.InputException;
import dev.scriptcast.base.InputFiles;
import dev.scriptcast.speech.EspeakPhonemizer;
import dev.scriptcast.speech.SpeechException;
import dev.scriptcast.speech.VoiceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kokoro-82M, brought by the user: {@code speech.model: kokoro.onnx}, {@code speech.voices} and
 * {@code speech.voice}. Its vocabulary (IPA symbol → token id) is not in the .onnx: it comes from Kokoro's
 * {@code config.json} ("vocab") beside the model. Audio is 24 kHz; an export with a {@code duration} output
 * (1 unit = 600 samples) gives the timings.
 */
public final class KokoroEngine extends ModelVoiceEngine {
    public static final String NAME = "kokoro";
    static final int MAX_TOKENS = 510;
    private static final int SAMPLE_RATE = 24_000;
    private static final int SAMPLES_PER_DURATION = 600;
    private static final List<String> DURATIONS = List.of("duration", "durations");

    private final Map<String, long[]> vocab;
    private final Map<String, float[][]> voices;
    private final Path voicesPath;

    private KokoroEngine(VoiceModel files, Map<String, long[]> vocab, Map<String, float[][]> voices) {
        super(files);
        this.vocab = vocab;
        this.voices = voices;
        this.voicesPath = files.voices();
    }

    /** Checks the model, its vocabulary and the voices file, not loading the model yet. */
    public static KokoroEngine create(VoiceModel files) {
        if (files.model() == null) {
            throw new InputException("speech.engine kokoro needs speech.model PATH.onnx: a Kokoro model"
                    + ", with Kokoro's config.json beside it");
        }
        InputFiles.requireFile(files.model(), "speech.model " + files.model());
        Map<String, long[]> vocab = vocab(files.model());
        Map<String, float[][]> voices = KokoroVoices.read(files.voices());
        EspeakPhonemizer.availability().ifPresent(reason -> {
            throw new InputException("speech.engine kokoro needs eSpeak NG for its phonemes: " + reason);
        });
        return new KokoroEngine(files, vocab, voices);
    }

    /** "vocab" (or a tokenizer's "model.vocab") from MODEL.json or config.json / tokenizer.json beside it. */
    private static Map<String, long[]> vocab(Path model) {
        List<Path> candidates = List.of(model.resolveSibling(model.getFileName() + ".json"),
                model.resolveSibling("config.json"), model.resolveSibling("tokenizer.json"));
        for (Path json : candidates) {
            if (!Files.isRegularFile(json)) {
                continue;
            }
            JsonNode root;
            try {
                root = new ObjectMapper().readTree(Files.readString(json));
            } catch (IOException e) {
                throw new InputException("Kokoro config " + json + " is not readable JSON: "
                        + e.getMessage().lines().findFirst().orElse(""), e);
            }
            JsonNode map = root.path("vocab").isObject() ? root.path("vocab") : root.path("model").path("vocab");
            if (map.isObject()) {
                Map<String, long[]> vocab = new LinkedHashMap<>();
                map.properties().forEach(e -> vocab.put(e.getKey(), new long[] {e.getValue().asLong()}));
                return vocab;
            }
        }
        throw new InputException("speech.model " + model + ": no Kokoro vocabulary beside it; put Kokoro's "
                + "config.json (with its \"vocab\" map) in the same folder, or copy it to " + candidates.getFirst());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> voices() {
        return List.copyOf(voices.keySet());
    }

    @Override
    public String defaultVoice() {
        return voices.containsKey("af_heart") ? "af_heart" : voices().getFirst();
    }

    @Override
    public String identity() {
        return identity(voicesPath.toAbsolutePath().normalize().toString());
    }

    @Override
    protected boolean durationsFromCeil() {
        return false;
    }

    /** Kokoro's voice names start with their language: a American English, b British English, … */
    @Override
    protected String espeakVoice() {
        return espeakVoice(defaultVoice());
    }

    private static String espeakVoice(String voice) {
        return switch (voice.isEmpty() ? 'a' : voice.charAt(0)) {
            case 'b' -> "en-gb";
            case 'e' -> "es";
            case 'f' -> "fr-fr";
            case 'h' -> "hi";
            case 'i' -> "it";
            case 'p' -> "pt-br";
            case 'j' -> "ja";
            case 'z' -> "cmn";
            default -> "en-us";
        };
    }

    @Override
    protected void checkSignature(VoiceSession session) {
        var inputs = session.inputs();
        boolean fits = inputs.size() == 3 && (inputs.containsKey("input_ids") || inputs.containsKey("tokens"))
                && inputs.containsKey("style") && inputs.containsKey("speed") && !audioOutput(session).isEmpty();
        if (!fits) {
            throw new InputException("speech.model " + model + " is not a Kokoro model: its inputs are "
                    + String.join(", ", inputs.keySet()) + "; Kokoro takes input_ids [1,N], style [1,256], speed [1]");
        }
    }

    private static String audioOutput(VoiceSession session) {
        return session.outputs().stream().filter(o -> !DURATIONS.contains(o)).findFirst().orElse("");
    }

    @Override
    protected List<Part> synthesize(VoiceSession session, String text, VoiceSettings voice) throws SpeechException {
        float[][] style = voices.get(voice.voice() == null ? defaultVoice() : voice.voice());
        SymbolIds ids = SymbolIds.kokoro(vocab);
        List<Part> parts = new ArrayList<>();
        for (Utterance u : chunks(PhonemeClause.of(text, espeakVoice(voice.voice() == null ? defaultVoice()
                : voice.voice()), false), ids)) {
            parts.add(run(session, u, style[Math.min(u.innerIds(ids), style.length - 1)], (float) voice.rate()));
        }
        return parts;
    }

    /** Whole clauses while they fit in {@link #MAX_TOKENS}; a clause too long alone is cut between words. */
    static List<Utterance> chunks(List<PhonemeClause> clauses, SymbolIds ids) throws SpeechException {
        List<Utterance> out = new ArrayList<>();
        List<PhonemeClause> pending = new ArrayList<>();
        List<PhonemeClause> queue = new ArrayList<>(clauses);
        while (!queue.isEmpty()) {
            PhonemeClause next = queue.removeFirst();
            List<PhonemeClause> tried = new ArrayList<>(pending);
            tried.add(next);
            if (Utterance.of(tried, ids).innerIds(ids) <= MAX_TOKENS) {
                pending = tried;
            } else if (!pending.isEmpty()) {
                out.add(Utterance.of(pending, ids));
                pending = new ArrayList<>();
                queue.addFirst(next);
            } else if (next.phoneticWords().size() > 1) {
                queue.addAll(0, next.halves());
            } else {
                throw new SpeechException("a word is longer than Kokoro's " + MAX_TOKENS + " tokens");
            }
        }
        if (!pending.isEmpty()) {
            out.add(Utterance.of(pending, ids));
        }
        return out;
    }

    private Part run(VoiceSession session, Utterance u, float[] style, float speed) throws SpeechException {
        Map<String, VoiceSession.Input> feeds = new LinkedHashMap<>();
        feeds.put(session.inputs().containsKey("input_ids") ? "input_ids" : "tokens",
                new VoiceSession.Input(u.ids(), 1, u.ids().length));
        feeds.put("style", new VoiceSession.Input(style, 1, KokoroVoices.STYLE));
        feeds.put("speed", new VoiceSession.Input(new float[] {speed}, 1));
        String audio = audioOutput(session);
        String durations = session.outputs().stream().filter(DURATIONS::contains).findFirst().orElse(null);
        Map<String, float[]> out = session.run(feeds, durations == null ? List.of(audio) : List.of(audio, durations));
        long[] samples = null;
        if (durations != null && out.get(durations).length == u.ids().length) {
            samples = new long[u.ids().length];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = Math.round(out.get(durations)[i]) * (long) SAMPLES_PER_DURATION;
            }
        }
        String words = String.join(" ", u.groups().stream().flatMap(List::stream).toList());
        return new Part(out.get(audio), SAMPLE_RATE, u, samples, words);
    }
}
