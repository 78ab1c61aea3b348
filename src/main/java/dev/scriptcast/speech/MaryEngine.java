package dev.scriptcast.speech;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.timeline.Timeline;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import marytts.LocalMaryInterface;
import marytts.datatypes.MaryData;
import marytts.datatypes.MaryDataType;
import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;
import marytts.modules.MaryModule;
import marytts.modules.ModuleRegistry;
import marytts.modules.synthesis.Voice;

/** Offline speech with MaryTTS and its HMM voice cmu-slt-hsmm. The Mary runtime starts once per JVM. */
public final class MaryEngine implements SpeechEngine {
    public static final String NAME = "mary";
    public static final String DEFAULT_VOICE = "cmu-slt-hsmm";
    private static final Object STARTUP_LOCK = new Object();
    private static volatile boolean started;

    private final ThreadLocal<LocalMaryInterface> interfaces = ThreadLocal.withInitial(MaryEngine::newInterface);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultVoice() {
        return DEFAULT_VOICE;
    }

    @Override
    public List<String> voices() {
        return List.copyOf(interfaces.get().getAvailableVoices(Locale.US));
    }

    /** Starts the Mary runtime ahead of the first paragraph (about 1.5 s), e.g. while the script is parsed. */
    public static void warmUp() {
        try {
            synchronized (STARTUP_LOCK) {
                if (!started) {
                    newInterface();
                }
            }
        } catch (RuntimeException e) {
            // Only a head start: a real failure is reported by the first speak(); the JVM may also be exiting.
        }
    }

    /**
     * Runs Mary's module chain to AUDIO ourselves: the synthesis module's result carries both the waveform and
     * the document with realised durations, so each paragraph is synthesised once (LocalMaryInterface would
     * need a second synthesis to return both).
     */
    @Override
    public Narration speak(String text, int scriptLine, VoiceSettings voice) throws SpeechException {
        interfaces.get();
        String voiceName = voice.voice() == null ? DEFAULT_VOICE : voice.voice();
        try {
            Voice maryVoice = Voice.getVoice(voiceName);
            if (maryVoice == null) {
                throw new SpeechException("MaryTTS has no voice " + voiceName);
            }
            AudioFileFormat format = new AudioFileFormat(AudioFileFormat.Type.WAVE, maryVoice.dbAudioFormat(),
                    AudioSystem.NOT_SPECIFIED);
            MaryData data = new MaryData(MaryDataType.RAWMARYXML, Locale.US);
            data.setData(MaryProsody.document(text, voice.rate(), voice.pitch()));
            for (MaryModule module : ModuleRegistry.modulesRequiredForProcessing(MaryDataType.RAWMARYXML,
                    MaryDataType.AUDIO, Locale.US, maryVoice)) {
                data.setDefaultVoice(maryVoice);
                data.setAudioFileFormat(format);
                data = module.process(data);
            }
            PcmAudio audio = read(data.getAudio(), voice.volume());
            MaryXmlTimeline.Result times = MaryXmlTimeline.read(data.getDocument(), scriptLine);
            return new Narration(audio, new Timeline<>(times.words()), new Timeline<>(times.phonemes()));
        } catch (SpeechException e) {
            throw e;
        } catch (SynthesisException | IllegalArgumentException e) {
            throw new SpeechException("MaryTTS could not speak line " + scriptLine + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new SpeechException("MaryTTS failed on line " + scriptLine + ": " + e, e);
        }
    }

    private static LocalMaryInterface newInterface() {
        try {
            synchronized (STARTUP_LOCK) {
                LocalMaryInterface mary = new LocalMaryInterface();
                mary.setLocale(Locale.US);
                started = true;
                return mary;
            }
        } catch (MaryConfigurationException e) {
            throw new IllegalStateException("MaryTTS failed to start: " + e.getMessage(), e);
        }
    }

    /** Mary's stream returns short reads and stops early with readAllBytes, so loop until end of stream. */
    private static byte[] readFully(AudioInputStream stream) throws IOException {
        var out = new java.io.ByteArrayOutputStream(1 << 20);
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = stream.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
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
