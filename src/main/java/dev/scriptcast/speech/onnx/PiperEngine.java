package dev.scriptcast.speech.onnx;

import dev.scriptcast.base.InputException;
import dev.scriptcast.base.InputFiles;
import dev.scriptcast.speech.EspeakPhonemizer;
import dev.scriptcast.speech.SpeechException;
import dev.scriptcast.speech.VoiceSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Piper (VITS) voice the user brings: {@code speech.model: VOICE.onnx} with {@code VOICE.onnx.json} beside it.
 * Text becomes eSpeak NG IPA (or its own characters, for phoneme_type text), the ids Piper was trained on, and
 * audio at the config's rate; the model's Ceil node gives every id's length, hence exact phoneme and word times.
 */
public final class PiperEngine extends ModelVoiceEngine {
    public static final String NAME = "piper";
    private static final Set<String> INPUTS = Set.of("input", "input_lengths", "scales", "sid");

    private final Path configPath;
    private final PiperConfig config;
    private final long speakerId;

    private PiperEngine(VoiceModel files, Path configPath, PiperConfig config) {
        super(files);
        this.configPath = configPath;
        this.config = config;
        this.speakerId = config.speakerId(files.speaker(), configPath);
    }

    /** Checks the model and its config (not loading the model yet) and the eSpeak NG it needs. */
    public static PiperEngine create(VoiceModel files) {
        if (files.model() == null) {
            throw new InputException("speech.engine piper needs speech.model PATH.onnx: a Piper voice"
                    + ", with its PATH.onnx.json beside it");
        }
        InputFiles.requireFile(files.model(), "speech.model " + files.model());
        Path json = PiperConfig.besideModel(files.model());
        PiperConfig config = PiperConfig.read(json);
        if (!config.textPhonemes()) {
            EspeakPhonemizer.availability().ifPresent(reason -> {
                throw new InputException("speech.engine piper needs eSpeak NG for its phonemes: " + reason);
            });
        }
        return new PiperEngine(files, json, config);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The one voice: the model's file name without {@code .onnx}. */
    @Override
    public List<String> voices() {
        String file = model.getFileName().toString();
        return List.of(file.endsWith(".onnx") ? file.substring(0, file.length() - 5) : file);
    }

    @Override
    public String identity() {
        return identity(String.valueOf(speakerId), configPath.toString());
    }

    @Override
    protected boolean durationsFromCeil() {
        return true;
    }

    @Override
    protected String espeakVoice() {
        return config.espeakVoice();
    }

    @Override
    protected void checkSignature(VoiceSession session) {
        Set<String> names = session.inputs().keySet();
        boolean fits = INPUTS.containsAll(names) && names.containsAll(List.of("input", "input_lengths", "scales"))
                && rank(session, "input") == 2 && rank(session, "input_lengths") == 1
                && rank(session, "scales") == 1 && !session.outputs().isEmpty();
        if (!fits) {
            throw new InputException("speech.model " + model + " is not a Piper voice: its inputs are "
                    + String.join(", ", names) + "; a Piper voice takes input [1,N], input_lengths [1], scales [3]"
                    + " and, with several speakers, sid [1]");
        }
        if (config.speakers() > 1 && !names.contains("sid")) {
            throw new InputException("speech.model " + model + " has no sid input, but " + configPath + " lists "
                    + config.speakers() + " speakers: the config does not belong to this model");
        }
    }

    private static int rank(VoiceSession session, String input) {
        return session.inputs().get(input).length;
    }

    @Override
    protected List<Part> synthesize(VoiceSession session, String text, VoiceSettings voice) throws SpeechException {
        Utterance utterance = Utterance.of(PhonemeClause.of(text, config.espeakVoice(), config.textPhonemes()),
                SymbolIds.piper(config.phonemeIds()));
        long[] ids = utterance.ids();
        Map<String, VoiceSession.Input> feeds = new LinkedHashMap<>();
        feeds.put("input", new VoiceSession.Input(ids, 1, ids.length));
        feeds.put("input_lengths", new VoiceSession.Input(new long[] {ids.length}, 1));
        feeds.put("scales", new VoiceSession.Input(new float[] {config.noiseScale(),
                (float) (config.lengthScale() / voice.rate()), config.noiseW()}, 3));
        if (session.inputs().containsKey("sid")) {
            feeds.put("sid", new VoiceSession.Input(new long[] {speakerId}, 1));
        }
        String audioOutput = session.outputs().getFirst();
        String durations = session.durationOutput();
        Map<String, float[]> out = session.run(feeds,
                durations == null ? List.of(audioOutput) : List.of(audioOutput, durations));
        long[] samplesPerId = durations == null ? null : samples(out.get(durations), ids.length);
        return List.of(new Part(out.get(audioOutput), config.sampleRate(), utterance, samplesPerId, text));
    }

    /** w_ceil counts frames of hop-length samples; null when its size does not match the ids. */
    private long[] samples(float[] frames, int ids) {
        if (frames.length != ids) {
            return null;
        }
        long[] out = new long[ids];
        for (int i = 0; i < ids; i++) {
            out[i] = (long) frames[i] * config.hopLength();
        }
        return out;
    }
}
