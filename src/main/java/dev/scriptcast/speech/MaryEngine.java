package dev.scriptcast.speech;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.timeline.Timeline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import marytts.config.MaryConfig;
import marytts.config.VoiceConfig;
import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.exceptions.SynthesisException;
import marytts.modules.MaryModule;
import marytts.modules.ModuleRegistry;
import marytts.modules.synthesis.Voice;
import marytts.util.MaryRuntimeUtils;

/**
 * Offline speech with MaryTTS and its HMM voice cmu-slt-hsmm (and cmu-slt-hsmm-low, made from it with Mary's
 * audio effects). The Mary runtime is process-wide: it starts once per JVM, on the first paragraph that needs it,
 * so a render whose speech is cached (or made by another engine) never pays for it.
 */
public final class MaryEngine implements SpeechEngine {
    public static final String NAME = "mary";
    public static final String DEFAULT_VOICE = "cmu-slt-hsmm";
    /** {@link #DEFAULT_VOICE} made lower with Mary's audio effects ({@link MaryVoice}). */
    public static final String LOW_VOICE = "cmu-slt-hsmm-low";
    private static final Object STARTUP_LOCK = new Object();
    /**
     * Mary starts every module it knows in its server modes, and runs a self-test of each. In its command-line
     * mode it starts only the synthesis module, and we start the modules of our one chain (text to audio) before
     * the first sentence: its four markup parsers (SSML, Sable, APML, EmotionML), which compile XSLT, and the
     * self-tests are about a third of its start, and a render uses none of them.
     */
    private static final String SERVER_PROPERTY = "server";
    private static final String EMBEDDED_MODE = "commandline";
    /**
     * Spoken once while starting on a machine with many cores, as Mary's self-tests did: the first sentences then
     * run code that is loaded and warm. On 16 cores, with sixteen sentences starting cold together, the first took
     * 0.5–1.3 s once Mary was up, against 0.2–0.4 s after the self-tests. On two cores, where two sentences start
     * together, it made a one-sentence edit 0.1 s slower.
     */
    private static final String WARM_UP_TEXT = "Hello there, and welcome.";
    private static volatile CompletableFuture<Void> runtime;
    private static final MaryEffectsGate EFFECTS_GATE = new MaryEffectsGate();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultVoice() {
        return DEFAULT_VOICE;
    }

    /**
     * The installed US English voices, read from their packages' configuration without starting Mary, followed by
     * the voices made from them with Mary's audio effects ({@link MaryVoice}).
     */
    @Override
    public List<String> voices() {
        List<String> names = new ArrayList<>();
        for (VoiceConfig voice : MaryConfig.getVoiceConfigs()) {
            if (Locale.US.equals(voice.getLocale())) {
                names.add(voice.getName());
            }
        }
        return MaryVoice.withDerived(names);
    }

    @Override
    public boolean started() {
        CompletableFuture<Void> started = runtime;
        return started != null && started.isDone() && !started.isCompletedExceptionally();
    }

    @Override
    public void start() throws SpeechException {
        ensureStarted();
    }

    @Override
    public void startAhead() {
        starting();
    }

    /** Starts Mary once and waits for it. */
    private static void ensureStarted() throws SpeechException {
        try {
            starting().get();
        } catch (ExecutionException e) {
            throw new SpeechException("MaryTTS failed to start: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechException("interrupted while MaryTTS was starting", e);
        }
    }

    /**
     * Mary's start, begun on the first call. It runs on a thread of {@link MaryThreads}, so the shutdown hook Mary
     * registers while starting belongs to that group too: if the JVM exits before Mary is up, the hook's "MARY
     * system is not running" is dropped there instead of printed as a stack trace.
     */
    private static CompletableFuture<Void> starting() {
        CompletableFuture<Void> started = runtime;
        if (started == null) {
            synchronized (STARTUP_LOCK) {
                if (runtime == null) {
                    CompletableFuture<Void> starting = new CompletableFuture<>();
                    Thread.ofPlatform().group(new MaryThreads()).name("marytts-startup").daemon().start(() -> {
                        try {
                            startRuntime();
                            starting.complete(null);
                        } catch (Exception | LinkageError e) {
                            starting.completeExceptionally(e);
                        }
                    });
                    runtime = starting;
                }
                started = runtime;
            }
        }
        return started;
    }

    /** Mary itself, our chain's modules and, with cores to spare, the warm-up sentence. */
    private static void startRuntime() throws Exception {
        InlineHtsEngine.register();
        System.setProperty(SERVER_PROPERTY, EMBEDDED_MODE);
        MaryRuntimeUtils.ensureMaryStarted();
        MaryModelsFix.apply();
        Voice voice = Voice.getVoice(DEFAULT_VOICE);
        if (voice != null) {
            startModules(ModuleRegistry.modulesRequiredForProcessing(MaryDataType.RAWMARYXML, MaryDataType.AUDIO,
                    Locale.US, voice));
            if (ThreadBudget.spareCores()) {
                synthesise(WARM_UP_TEXT, 0, VoiceSettings.defaults(), voice, null);
            }
        }
    }

    /** Threads that start Mary, and the shutdown hook Mary creates from them. */
    private static final class MaryThreads extends ThreadGroup {
        MaryThreads() {
            super("marytts");
        }

        /**
         * Drops the hook's complaint by its message, not by Mary's state: the state can turn to running between
         * the hook's check and this call, when the JVM exits just as the start completes.
         */
        @Override
        public void uncaughtException(Thread thread, Throwable e) {
            if (e instanceof IllegalStateException && String.valueOf(e.getMessage()).contains("not running")) {
                return;
            }
            super.uncaughtException(thread, e);
        }
    }

    /**
     * Runs Mary's module chain to AUDIO ourselves: the synthesis module's result carries both the waveform and
     * the document with realised durations, so each paragraph is synthesised once (LocalMaryInterface would
     * need a second synthesis to return both). Voices made with effects wait for syntheses with other effects
     * ({@link MaryEffectsGate}).
     */
    @Override
    public Narration speak(String text, int scriptLine, VoiceSettings voice) throws SpeechException {
        ensureStarted();
        MaryVoice wanted = MaryVoice.named(voice.voice() == null ? DEFAULT_VOICE : voice.voice());
        try {
            Voice maryVoice = Voice.getVoice(wanted.installed());
            if (maryVoice == null) {
                throw new SpeechException("MaryTTS has no voice " + wanted.name());
            }
            EFFECTS_GATE.enter(wanted.effects());
            try {
                return synthesise(text, scriptLine, voice, maryVoice, wanted.effects());
            } finally {
                EFFECTS_GATE.exit();
            }
        } catch (SpeechException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechException("interrupted while MaryTTS was speaking line " + scriptLine, e);
        } catch (SynthesisException | IllegalArgumentException e) {
            throw new SpeechException("MaryTTS could not speak line " + scriptLine + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new SpeechException("MaryTTS failed on line " + scriptLine + ": " + e, e);
        }
    }

    /** Starts those of the modules that are not running yet, once each however many threads ask. */
    private static void startModules(List<MaryModule> modules) throws Exception {
        for (MaryModule module : modules) {
            if (module.getState() == MaryModule.MODULE_OFFLINE) {
                synchronized (STARTUP_LOCK) {
                    if (module.getState() == MaryModule.MODULE_OFFLINE) {
                        module.startup();
                    }
                }
            }
        }
    }

    /** Runs the module chain and reads the audio to its end, which is when the vocoder stops using the effects. */
    private static Narration synthesise(String text, int scriptLine, VoiceSettings voice, Voice maryVoice,
            String effects) throws Exception {
        AudioFileFormat format = new AudioFileFormat(AudioFileFormat.Type.WAVE, maryVoice.dbAudioFormat(),
                AudioSystem.NOT_SPECIFIED);
        MaryData data = new MaryData(MaryDataType.RAWMARYXML, Locale.US);
        data.setData(MaryProsody.document(text, voice.rate(), voice.pitch()));
        List<MaryModule> chain = ModuleRegistry.modulesRequiredForProcessing(MaryDataType.RAWMARYXML,
                MaryDataType.AUDIO, Locale.US, maryVoice);
        startModules(chain);
        for (MaryModule module : chain) {
            data.setDefaultVoice(maryVoice);
            data.setDefaultEffects(effects);
            data.setAudioFileFormat(format);
            data = module.process(data);
        }
        if (data.getAudio() == null) {
            throw new UnspeakableText(scriptLine, "MaryTTS found no word here it can pronounce (its voices "
                    + "speak English); for other languages set speech.engine espeak");
        }
        PcmAudio audio = read(data.getAudio(), voice.volume());
        MaryXmlTimeline.Result times = MaryXmlTimeline.read(data.getDocument(), scriptLine);
        return new Narration(audio, new Timeline<>(times.words()), new Timeline<>(times.phonemes()));
    }

    /** Mary's stream returns short reads and stops early with readAllBytes, so loop until end of stream. */
    private static byte[] readFully(AudioInputStream stream) throws IOException {
        var out = new java.io.ByteArrayOutputStream(1 << 20);
        byte[] buffer = new byte[1 << 14];
        for (int n; ; ) {
            if ((n = stream.read(buffer)) < 0) {
                return out.toByteArray();
            }
            out.write(buffer, 0, n);
        }
    }

    private static PcmAudio read(AudioInputStream stream, double volume) throws IOException {
        AudioFormat format = stream.getFormat();
        if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1) {
            throw new IOException("unexpected MaryTTS audio format " + format);
        }
        byte[] bytes = readFully(stream);
        float[] samples = new float[bytes.length / 2];
        boolean bigEndian = format.isBigEndian();
        float gain = (float) (volume / 32768.0);
        for (int i = 0; i < samples.length; i++) {
            int lo = bytes[2 * i + (bigEndian ? 1 : 0)] & 0xFF;
            int hi = bytes[2 * i + (bigEndian ? 0 : 1)];
            samples[i] = Math.clamp(((hi << 8) | lo) * gain, -1f, 1f);
        }
        return new PcmAudio(samples, Math.round(format.getSampleRate()));
    }
}
