package dev.scriptcast.audio;

import dev.scriptcast.base.InputException;
import java.nio.file.Path;

/**
 * Stage {@code audio_mixing}: the voice at 48 kHz, plus optional music looped to length, faded and ducked
 * under the voice, then normalised to a loudness target under a true-peak ceiling by FFmpeg's two-pass
 * loudnorm and measured with its ebur128 filter.
 */
public final class AudioMixer {
    public static final int SAMPLE_RATE = 48_000;
    /** The voice is levelled here before mixing, so {@code music.volume_db} means the same for every engine. */
    static final double VOICE_LEVEL_DBFS = -12;
    private static final int FRAME_SIZE = SAMPLE_RATE / 100;
    /** Room left under the ceiling for loudnorm's final linear trim. */
    private static final double LIMITER_MARGIN_DB = 0.5;

    /**
     * {@code music} may be null (no music); {@code musicVolumeDb} is the music's RMS level before ducking in
     * dBFS with the voice at {@value #VOICE_LEVEL_DBFS} dBFS RMS.
     */
    public record Settings(Path music, double musicVolumeDb, double loudnessLufs, double truePeakDbtp) {}

    /** Fails fast, before any speech is made, when the music file cannot be used. */
    public static void check(Settings settings) {
        if (settings.music() != null) {
            MusicFile.decode(settings.music(), SAMPLE_RATE, SAMPLE_RATE / 10 + 1);
        }
    }

    public Mix mix(PcmAudio narration, Settings settings) {
        PcmAudio voice = FfmpegAudio.resample(narration, SAMPLE_RATE);
        boolean[] speech = Ducker.speechFrames(voice);
        double voiceDb = Levels.rmsDb(voice.samples(), FRAME_SIZE, speech);
        if (voiceDb > -120) {
            voice = FfmpegAudio.gain(voice, VOICE_LEVEL_DBFS - voiceDb);
        }
        if (settings.music() == null) {
            return normalise(voice, settings, 0);
        }
        int frames = voice.frames();
        PcmAudio music = MusicFile.decode(settings.music(), SAMPLE_RATE, frames);
        int ch = music.channels();
        // One array becomes bed, ducked bed, then the mix: a long stereo programme holds one copy, not three.
        float[] mix = musicBed(music, settings, frames);
        double bedDb = Levels.rmsDb(mix, FRAME_SIZE * ch, speech);
        float[] duck = Ducker.gain(voice);
        for (int i = 0; i < mix.length; i++) {
            mix[i] *= duck[i / ch];
        }
        double duckDb = bedDb - Levels.rmsDb(mix, FRAME_SIZE * ch, speech);
        for (int i = 0; i < mix.length; i++) {
            // The voice goes into every channel at full level: centred, balanced with the music as in mono.
            mix[i] += voice.samples()[i / ch];
        }
        return normalise(new PcmAudio(mix, SAMPLE_RATE, ch), settings, duckDb);
    }

    private static float[] musicBed(PcmAudio music, Settings settings, int frames) {
        double musicDb = Levels.rmsDb(music.samples(), 0, music.samples().length);
        if (musicDb < -90) {
            throw new InputException("music.path " + settings.music() + ": the audio is silent");
        }
        float[] bed = MusicBed.fit(music, frames);
        float gain = (float) Math.pow(10, (settings.musicVolumeDb() - musicDb) / 20);
        for (int i = 0; i < bed.length; i++) {
            bed[i] *= gain;
        }
        return bed;
    }

    /**
     * Two-pass loudness normalisation. Speech usually needs more gain than its peaks allow, which would push
     * loudnorm into its dynamic mode (inexact on short programmes and audibly pumping), so the gain is applied
     * first and the peaks limited to just under the ceiling; limiting costs some loudness, so the gain is
     * corrected once by the measured loss. loudnorm then only trims the level linearly.
     */
    private static Mix normalise(PcmAudio mix, Settings settings, double duckDb) {
        FfmpegAudio.Loudness original = FfmpegAudio.measure(mix);
        if (original.integratedLufs() <= -70) {
            return new Mix(mix, original.integratedLufs(), original.truePeakDbtp(), duckDb);
        }
        double gainDb = settings.loudnessLufs() - original.integratedLufs();
        PcmAudio levelled = gainUnderCeiling(mix, original, gainDb, settings);
        FfmpegAudio.Loudness measured = FfmpegAudio.measure(levelled);
        double missingDb = settings.loudnessLufs() - measured.integratedLufs();
        double freeGainDb = settings.truePeakDbtp() - LIMITER_MARGIN_DB - original.truePeakDbtp();
        if (Math.abs(missingDb) > 0.2 && gainDb > freeGainDb + 0.01) {
            // Secant between the largest gain that needs no limiting and the gain just tried.
            double slope = (measured.integratedLufs() - original.integratedLufs() - freeGainDb) / (gainDb - freeGainDb);
            gainDb += missingDb / Math.clamp(slope, 0.2, 1.0);
            levelled = gainUnderCeiling(mix, original, gainDb, settings);
            measured = FfmpegAudio.measure(levelled);
        }
        if (Math.abs(settings.loudnessLufs() - measured.integratedLufs()) <= 0.2
                && measured.truePeakDbtp() <= settings.truePeakDbtp()) {
            // Already on target under the ceiling: a loudnorm pass would only re-measure and copy.
            return new Mix(levelled, measured.integratedLufs(), measured.truePeakDbtp(), duckDb);
        }
        PcmAudio normalised = fitLength(FfmpegAudio.loudnorm(levelled, measured, settings.loudnessLufs(),
                settings.truePeakDbtp()), mix.samples().length);
        FfmpegAudio.Loudness result = FfmpegAudio.measure(normalised);
        if (result.truePeakDbtp() > settings.truePeakDbtp()) {
            normalised = FfmpegAudio.gain(normalised, settings.truePeakDbtp() - result.truePeakDbtp() - 0.05);
            result = FfmpegAudio.measure(normalised);
        }
        return new Mix(normalised, result.integratedLufs(), result.truePeakDbtp(), duckDb);
    }

    private static PcmAudio gainUnderCeiling(PcmAudio mix, FfmpegAudio.Loudness measured, double gainDb,
                                             Settings settings) {
        PcmAudio levelled = FfmpegAudio.gain(mix, gainDb);
        double ceilingDb = settings.truePeakDbtp() - LIMITER_MARGIN_DB;
        if (measured.truePeakDbtp() + gainDb <= ceilingDb) {
            return levelled;
        }
        return fitLength(FfmpegAudio.limit(levelled, ceilingDb), mix.samples().length);
    }

    /** loudnorm may return a few samples more or less than it was given; keep the picture in sync. */
    private static PcmAudio fitLength(PcmAudio audio, int length) {
        return audio.samples().length == length ? audio
                : new PcmAudio(java.util.Arrays.copyOf(audio.samples(), length), audio.sampleRate(), audio.channels());
    }
}
