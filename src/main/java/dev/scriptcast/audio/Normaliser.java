package dev.scriptcast.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;

/**
 * Two-pass loudness normalisation, file to file. Speech usually needs more gain than its peaks allow, which would
 * push loudnorm into its dynamic mode (inexact on short programmes and audibly pumping), so the gain is applied
 * first and the peaks limited to just under the ceiling; limiting costs some loudness, so the gain is corrected
 * once by the measured loss. loudnorm then only trims the level linearly. Every pass streams through FFmpeg and is
 * measured on another thread as it is written; each intermediate file is deleted once the next one is written.
 */
final class Normaliser {
    /** Room left under the ceiling for loudnorm's final linear trim. */
    private static final double LIMITER_MARGIN_DB = 0.5;

    private final AudioMixer.Settings settings;
    private final Path workDir;
    private final ThreadFactory threads;

    /** {@code threads} make the threads that measure each pass's output while it is written. */
    Normaliser(AudioMixer.Settings settings, Path workDir, ThreadFactory threads) {
        this.settings = settings;
        this.workDir = workDir;
        this.threads = threads;
    }

    /** A pass's output and FFmpeg's measurement of it. */
    private record Levelled(PcmFile file, FfmpegAudio.Loudness loudness) {}

    /** The finished soundtrack from {@code mix}, which is deleted unless it is the result. */
    Mix normalise(PcmFile mix, double duckDb) throws IOException, InterruptedException {
        return normalise(mix, 0, FfmpegAudio.measure(mix), duckDb, true);
    }

    /**
     * The finished soundtrack from {@code mix} × {@code mixGainDb}, already measured as {@code original}. An
     * {@code owned} mix is deleted unless it is the result; any other is left alone.
     */
    Mix normalise(PcmFile mix, double mixGainDb, FfmpegAudio.Loudness original, double duckDb, boolean owned)
            throws IOException, InterruptedException {
        if (original.integratedLufs() <= -70) {
            PcmFile quiet = mix;
            if (mixGainDb != 0) {
                quiet = like(mix, "quiet");
                gain(mix, mixGainDb, quiet);
            }
            return new Mix(quiet, original.integratedLufs(), original.truePeakDbtp(), duckDb);
        }
        double gainDb = settings.loudnessLufs() - original.integratedLufs();
        Levelled first = gainUnderCeiling(mix, mixGainDb, original, gainDb);
        PcmFile levelled = first.file();
        FfmpegAudio.Loudness measured = first.loudness();
        double missingDb = settings.loudnessLufs() - measured.integratedLufs();
        double freeGainDb = settings.truePeakDbtp() - LIMITER_MARGIN_DB - original.truePeakDbtp();
        if (Math.abs(missingDb) > 0.2 && gainDb > freeGainDb + 0.01) {
            // Secant between the largest gain that needs no limiting and the gain just tried.
            double slope = (measured.integratedLufs() - original.integratedLufs() - freeGainDb) / (gainDb - freeGainDb);
            gainDb += missingDb / Math.clamp(slope, 0.2, 1.0);
            levelled.delete();
            Levelled second = gainUnderCeiling(mix, mixGainDb, original, gainDb);
            levelled = second.file();
            measured = second.loudness();
        }
        if (owned) {
            mix.delete();
        }
        if (Math.abs(settings.loudnessLufs() - measured.integratedLufs()) <= 0.2
                && measured.truePeakDbtp() <= settings.truePeakDbtp()) {
            // Already on target under the ceiling: a loudnorm pass would only re-measure and copy.
            return new Mix(levelled, measured.integratedLufs(), measured.truePeakDbtp(), duckDb);
        }
        Levelled loudnorm = loudnorm(levelled, measured);
        levelled.delete();
        PcmFile normalised = loudnorm.file();
        FfmpegAudio.Loudness result = loudnorm.loudness();
        if (result.truePeakDbtp() > settings.truePeakDbtp()) {
            PcmFile trimmed = like(normalised, "trim");
            gain(normalised, settings.truePeakDbtp() - result.truePeakDbtp() - 0.05, trimmed);
            normalised.delete();
            normalised = trimmed;
            result = FfmpegAudio.measure(normalised);
        }
        return new Mix(normalised, result.integratedLufs(), result.truePeakDbtp(), duckDb);
    }

    /** {@code mix} × {@code mixGainDb} × {@code gainDb}, limited when its peaks would pass the ceiling. */
    private Levelled gainUnderCeiling(PcmFile mix, double mixGainDb, FfmpegAudio.Loudness measured, double gainDb)
            throws IOException, InterruptedException {
        double ceilingDb = settings.truePeakDbtp() - LIMITER_MARGIN_DB;
        return measuredPass(like(mix, "level"), out -> {
            if (measured.truePeakDbtp() + gainDb <= ceilingDb) {
                gain(mix, mixGainDb + gainDb, out);
            } else {
                FfmpegAudio.limit(mix, mixGainDb + gainDb, ceilingDb, out);
            }
        });
    }

    /** loudnorm's second pass. */
    private Levelled loudnorm(PcmFile levelled, FfmpegAudio.Loudness measured)
            throws IOException, InterruptedException {
        return measuredPass(like(levelled, "loudnorm"), out -> FfmpegAudio.loudnorm(levelled, measured,
                settings.loudnessLufs(), settings.truePeakDbtp(), out));
    }

    private interface Pass {
        void write(PcmFile.Writer out) throws IOException;
    }

    /** A pass written into {@code file} and measured on another thread as it is written: no reading it again. */
    private Levelled measuredPass(PcmFile file, Pass pass) throws IOException, InterruptedException {
        try (LoudnessMeter meter = new LoudnessMeter(file.sampleRate(), file.channels(), threads)) {
            try (PcmFile.Writer out = file.writer(meter)) {
                pass.write(out);
            }
            return new Levelled(file, meter.finish());
        }
    }

    private PcmFile like(PcmFile audio, String prefix) throws IOException {
        return PcmFile.create(workDir, prefix, audio.sampleRate(), audio.channels());
    }

    private static void gain(PcmFile in, double db, PcmFile out) throws IOException {
        try (PcmFile.Writer writer = out.writer()) {
            gain(in, db, writer);
        }
    }

    private static void gain(PcmFile in, double db, PcmFile.Writer writer) throws IOException {
        float g = FfmpegAudio.gain(db);
        float[] chunk = new float[8192];
        try (PcmFile.Reader reader = in.reader()) {
            for (int n; (n = reader.read(chunk, 0, chunk.length)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    chunk[i] *= g;
                }
                writer.write(chunk, 0, n);
            }
        }
    }
}
