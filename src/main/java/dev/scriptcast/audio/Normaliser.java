package dev.scriptcast.audio;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Two-pass loudness normalisation, file to file. Speech usually needs more gain than its peaks allow, which would
 * push loudnorm into its dynamic mode (inexact on short programmes and audibly pumping), so the gain is applied
 * first and the peaks limited to just under the ceiling; limiting costs some loudness, so the gain is corrected
 * once by the measured loss. loudnorm then only trims the level linearly. Every pass streams through FFmpeg; each
 * intermediate file is deleted once the next one is written.
 */
final class Normaliser {
    /** Room left under the ceiling for loudnorm's final linear trim. */
    private static final double LIMITER_MARGIN_DB = 0.5;

    private final AudioMixer.Settings settings;
    private final Path workDir;

    Normaliser(AudioMixer.Settings settings, Path workDir) {
        this.settings = settings;
        this.workDir = workDir;
    }

    /** The finished soundtrack from {@code mix}, which is deleted unless it is the result. */
    Mix normalise(PcmFile mix, double duckDb) throws IOException {
        FfmpegAudio.Loudness original = FfmpegAudio.measure(mix);
        if (original.integratedLufs() <= -70) {
            return new Mix(mix, original.integratedLufs(), original.truePeakDbtp(), duckDb);
        }
        double gainDb = settings.loudnessLufs() - original.integratedLufs();
        PcmFile levelled = gainUnderCeiling(mix, original, gainDb);
        FfmpegAudio.Loudness measured = FfmpegAudio.measure(levelled);
        double missingDb = settings.loudnessLufs() - measured.integratedLufs();
        double freeGainDb = settings.truePeakDbtp() - LIMITER_MARGIN_DB - original.truePeakDbtp();
        if (Math.abs(missingDb) > 0.2 && gainDb > freeGainDb + 0.01) {
            // Secant between the largest gain that needs no limiting and the gain just tried.
            double slope = (measured.integratedLufs() - original.integratedLufs() - freeGainDb) / (gainDb - freeGainDb);
            gainDb += missingDb / Math.clamp(slope, 0.2, 1.0);
            levelled.delete();
            levelled = gainUnderCeiling(mix, original, gainDb);
            measured = FfmpegAudio.measure(levelled);
        }
        mix.delete();
        if (Math.abs(settings.loudnessLufs() - measured.integratedLufs()) <= 0.2
                && measured.truePeakDbtp() <= settings.truePeakDbtp()) {
            // Already on target under the ceiling: a loudnorm pass would only re-measure and copy.
            return new Mix(levelled, measured.integratedLufs(), measured.truePeakDbtp(), duckDb);
        }
        PcmFile normalised = like(levelled, "loudnorm");
        FfmpegAudio.loudnorm(levelled, measured, settings.loudnessLufs(), settings.truePeakDbtp(), normalised);
        levelled.delete();
        FfmpegAudio.Loudness result = FfmpegAudio.measure(normalised);
        if (result.truePeakDbtp() > settings.truePeakDbtp()) {
            PcmFile trimmed = like(normalised, "trim");
            gain(normalised, settings.truePeakDbtp() - result.truePeakDbtp() - 0.05, trimmed);
            normalised.delete();
            normalised = trimmed;
            result = FfmpegAudio.measure(normalised);
        }
        return new Mix(normalised, result.integratedLufs(), result.truePeakDbtp(), duckDb);
    }

    private PcmFile gainUnderCeiling(PcmFile mix, FfmpegAudio.Loudness measured, double gainDb) throws IOException {
        PcmFile levelled = like(mix, "level");
        double ceilingDb = settings.truePeakDbtp() - LIMITER_MARGIN_DB;
        if (measured.truePeakDbtp() + gainDb <= ceilingDb) {
            gain(mix, gainDb, levelled);
        } else {
            FfmpegAudio.limit(mix, gainDb, ceilingDb, levelled);
        }
        return levelled;
    }

    private PcmFile like(PcmFile audio, String prefix) throws IOException {
        return PcmFile.create(workDir, prefix, audio.sampleRate(), audio.channels());
    }

    private static void gain(PcmFile in, double db, PcmFile out) throws IOException {
        float g = FfmpegAudio.gain(db);
        float[] chunk = new float[8192];
        try (PcmFile.Reader reader = in.reader(); PcmFile.Writer writer = out.writer()) {
            for (int n; (n = reader.read(chunk, 0, chunk.length)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    chunk[i] *= g;
                }
                writer.write(chunk, 0, n);
            }
        }
    }
}
