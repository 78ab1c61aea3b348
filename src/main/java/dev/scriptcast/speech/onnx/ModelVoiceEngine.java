package dev.scriptcast.speech.onnx;

import dev.scriptcast.audio.AudioMixer;
import dev.scriptcast.onnx.Placement;
import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.audio.Resampling;
import dev.scriptcast.speech.EspeakEngine;
import dev.scriptcast.speech.Narration;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.speech.SpeechEngine;
import dev.scriptcast.speech.SpeechException;
import dev.scriptcast.speech.VoiceSettings;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A voice that is an ONNX model (Piper, Kokoro): loaded on first use, its inputs checked against what the
 * engine feeds, and its audio timed by the model's own durations when the graph gives them, else by eSpeak's
 * phoneme durations stretched to the audio. Speech leaves at 48 kHz, resampled by FFmpeg.
 */
public abstract class ModelVoiceEngine implements SpeechEngine, AutoCloseable {
    /** One model run: its audio, the ids it read, and each id's duration in samples (null: not known). */
    protected record Part(float[] audio, int sampleRate, Utterance utterance, long[] samplesPerId, String text) {}

    protected final Path model;
    private final Placement placement;
    private volatile VoiceSession session;
    private final AtomicInteger modelTimed = new AtomicInteger();
    private final AtomicInteger estimated = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    protected ModelVoiceEngine(VoiceModel files) {
        this.model = files.model();
        this.placement = files.placement();
    }

    /** Fails with one line when the model's inputs or outputs are not the engine's. */
    protected abstract void checkSignature(VoiceSession session);

    /** Whether the single Ceil node is this model's duration tensor. */
    protected abstract boolean durationsFromCeil();

    /** The model's runs for {@code text}, in order. */
    protected abstract List<Part> synthesize(VoiceSession session, String text, VoiceSettings voice)
            throws SpeechException;

    /** The eSpeak voice whose phoneme durations time audio the model gives no durations for. */
    protected abstract String espeakVoice();

    @Override
    public boolean started() {
        return session != null;
    }

    @Override
    public synchronized void start() {
        if (session == null) {
            VoiceSession loaded = VoiceSession.load(name() + " model", model, placement, durationsFromCeil());
            try {
                checkSignature(loaded);
            } catch (RuntimeException e) {
                loaded.close();
                throw e;
            }
            session = loaded;
        }
    }

    /** The model file's place, size and time, so a new model is a new cache key without hashing its bytes. */
    protected String identity(String... more) {
        try {
            return String.join("|", name(), model.toAbsolutePath().normalize().toString(),
                    String.valueOf(Files.size(model)), String.valueOf(Files.getLastModifiedTime(model)),
                    String.join("|", more));
        } catch (IOException e) {
            return String.join("|", name(), model.toString(), String.join("|", more));
        }
    }

    @Override
    public Narration speak(String text, int scriptLine, VoiceSettings voice) throws SpeechException {
        start();
        List<float[]> audio = new ArrayList<>();
        List<Timed<Phoneme>> phonemes = new ArrayList<>();
        List<Timed<Word>> words = new ArrayList<>();
        long offsetMs = 0;
        int rate = 0;
        for (Part part : synthesize(session, text, voice)) {
            skipped.addAndGet(part.utterance().skipped());
            long partMs = Math.round(part.audio().length * 1000.0 / part.sampleRate());
            SpokenTimeline.Timings timings = part.samplesPerId() != null
                    ? SpokenTimeline.of(part.utterance(), part.samplesPerId(), part.sampleRate(), scriptLine)
                    : estimate(part.text(), scriptLine);
            (part.samplesPerId() != null ? modelTimed : estimated).incrementAndGet();
            for (Timed<Phoneme> p : Stretch.to(timings.phonemes(), partMs).items()) {
                phonemes.add(p.shiftedBy(offsetMs));
            }
            for (Timed<Word> w : Stretch.to(timings.words(), partMs).items()) {
                words.add(w.shiftedBy(offsetMs));
            }
            audio.add(part.audio());
            rate = part.sampleRate();
            offsetMs += partMs;
        }
        PcmAudio joined = new PcmAudio(join(audio), rate == 0 ? AudioMixer.SAMPLE_RATE : rate);
        return new Narration(Resampling.toRate(joined, AudioMixer.SAMPLE_RATE), new Timeline<>(words),
                new Timeline<>(phonemes));
    }

    private SpokenTimeline.Timings estimate(String text, int scriptLine) throws SpeechException {
        Narration espeak = EspeakEngine.create().speak(text, scriptLine,
                new VoiceSettings(EspeakEngine.NAME, espeakVoice(), 1.0, 1.0, 1.0));
        return new SpokenTimeline.Timings(espeak.phonemes(), espeak.words());
    }

    private static float[] join(List<float[]> parts) {
        float[] out = new float[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    public ModelVoiceStats stats() {
        VoiceSession s = session;
        return new ModelVoiceStats(name(), model, s == null ? null : s.provider(),
                s == null ? null : s.providerReason(), modelTimed.get(), estimated.get(), skipped.get());
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
