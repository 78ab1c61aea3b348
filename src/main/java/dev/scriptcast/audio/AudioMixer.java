package dev.scriptcast.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;

/**
 * Stage {@code audio_mixing}: the voice at 48 kHz, plus optional music looped to length, faded and ducked
 * under the voice, then normalised to a loudness target under a true-peak ceiling by FFmpeg's two-pass
 * loudnorm and measured with its ebur128 filter. Everything streams from file to file in small chunks, so memory
 * does not grow with the programme's length.
 */
public final class AudioMixer {
    public static final int SAMPLE_RATE = 48_000;
    /** The voice is levelled here before mixing, so {@code music.volume_db} means the same for every engine. */
    static final double VOICE_LEVEL_DBFS = -12;
    private static final int CHUNK_FRAMES = 8192;
    private final ThreadFactory threads;

    /** Measures each pass on plain platform threads. */
    public AudioMixer() {
        this(Thread.ofPlatform().daemon().factory());
    }

    /** {@code threads} make the threads that measure a pass's output while it is written. */
    public AudioMixer(ThreadFactory threads) {
        this.threads = threads;
    }

    /**
     * {@code music} may be null (no music); {@code musicVolumeDb} is the music's RMS level before ducking in
     * dBFS with the voice at {@value #VOICE_LEVEL_DBFS} dBFS RMS.
     */
    public record Settings(Path music, double musicVolumeDb, double loudnessLufs, double truePeakDbtp) {}

    /** Fails fast, before any speech is made, when the music file cannot be used. */
    public static void check(Settings settings) {
        if (settings.music() != null) {
            MusicFile.check(settings.music(), SAMPLE_RATE);
        }
    }

    /**
     * Mixes {@code narration} (48 kHz mono) into a soundtrack as long as it. Intermediate and final files go in
     * {@code workDir} under names of their own; the caller owns the folder and deletes it.
     */
    public Mix mix(PcmFile narration, Settings settings, Path workDir) throws IOException, InterruptedException {
        return mix(narration, null, settings, workDir);
    }

    /**
     * As {@link #mix(PcmFile, Settings, Path)}, with the narration's loudness measured while it was written
     * (may be null; then it is measured here). Without music the narration is not copied: the voice's level is a
     * plain gain, applied in the first pass.
     */
    public Mix mix(PcmFile narration, LoudnessMeter measuring, Settings settings, Path workDir)
            throws IOException, InterruptedException {
        if (narration.sampleRate() != SAMPLE_RATE || narration.channels() != 1) {
            throw new IllegalArgumentException("narration must be " + SAMPLE_RATE + " Hz mono: " + narration);
        }
        VoiceFrames frames = VoiceFrames.read(narration, 1);
        boolean[] speech = Ducker.speechFrames(frames);
        double voiceDb = frames.rmsDb(speech);
        float voiceGain = voiceDb > -120 ? FfmpegAudio.gain(VOICE_LEVEL_DBFS - voiceDb) : 1;
        Normaliser normaliser = new Normaliser(settings, workDir, threads);
        if (settings.music() == null) {
            // The voice alone: its level is a gain the first pass applies, and its measurement moves with it.
            double voiceGainDb = 20 * Math.log10(voiceGain);
            FfmpegAudio.Loudness voice = measuring != null ? measuring.finish() : FfmpegAudio.measure(narration);
            return normaliser.normalise(narration, voiceGainDb, voice.plus(voiceGainDb), 0, false);
        }
        try (MusicBed bed = MusicBed.open(settings.music(), settings.musicVolumeDb(), SAMPLE_RATE,
                narration.frames(), workDir)) {
            // The ducker listens to the levelled voice, as it is heard in the mix.
            boolean[] heard = voiceGain == 1 ? speech : Ducker.speechFrames(VoiceFrames.read(narration, voiceGain));
            PcmFile mix = PcmFile.create(workDir, "mix", SAMPLE_RATE, bed.channels());
            double duckDb = writeMix(narration, voiceGain, bed, new Ducker(heard, SAMPLE_RATE), speech,
                    frames.frameSize(), mix);
            return normaliser.normalise(mix, duckDb);
        }
    }

    /**
     * Voice plus ducked music into {@code out}, in the music's channels; returns how far the ducking lowers the
     * music while the voice speaks (dB, RMS over the speech frames).
     */
    private static double writeMix(PcmFile narration, float voiceGain, MusicBed bed, Ducker ducker,
                                   boolean[] speech, int frameSize, PcmFile out) throws IOException {
        int ch = bed.channels();
        float[] voice = new float[CHUNK_FRAMES];
        float[] mix = new float[CHUNK_FRAMES * ch];
        RmsLevel unducked = new RmsLevel();
        RmsLevel ducked = new RmsLevel();
        long frame = 0;
        try (PcmFile.Reader in = narration.reader(); PcmFile.Writer writer = out.writer()) {
            for (int n; (n = in.read(voice, 0, voice.length)) > 0; ) {
                bed.read(mix, n);
                for (int f = 0; f < n; f++, frame++) {
                    boolean speaking = speech[(int) (frame / frameSize)];
                    float duck = ducker.next();
                    float v = voice[f] * voiceGain;
                    for (int i = f * ch; i < (f + 1) * ch; i++) {
                        float music = mix[i];
                        float lowered = music * duck;
                        if (speaking) {
                            unducked.add(music);
                            ducked.add(lowered);
                        }
                        // The voice goes into every channel at full level: centred, balanced with the music as in mono.
                        mix[i] = lowered + v;
                    }
                }
                writer.write(mix, 0, n * ch);
            }
        }
        return unducked.db() - ducked.db();
    }
}
