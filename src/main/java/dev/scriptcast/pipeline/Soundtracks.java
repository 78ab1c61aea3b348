package dev.scriptcast.pipeline;

import dev.scriptcast.audio.AudioMixer;
import dev.scriptcast.audio.LoudnessMeter;
import dev.scriptcast.audio.Mix;
import dev.scriptcast.audio.PcmFile;
import dev.scriptcast.base.AppVersion;
import dev.scriptcast.base.KeyHash;
import dev.scriptcast.cache.FileEntries;
import dev.scriptcast.compose.Container;
import dev.scriptcast.compose.SoundtrackFile;
import dev.scriptcast.telemetry.Fact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage audio_mixing: the narration mixed ({@link AudioMixer}) and encoded once into a soundtrack file, kept in the
 * cache under a key of the narration (its sentences, pauses and lengths), the mix settings (the music file's
 * contents included), the container and the app version. A render whose narration and settings are unchanged (a
 * killed render run again, or an edit of the look alone) copies it instead. What the mix measured travels in the
 * file, for the report.
 */
final class Soundtracks {
    /** A soundtrack ready to join, and what its mix measured. */
    record Soundtrack(Path file, Fact.Audio facts) {}

    private static final Pattern FACTS = Pattern.compile(
            "scriptcast mix lufs=(\\S+) tp=(\\S+) duck=(\\S+) rate=(\\d+) channels=(\\d+) ms=(\\d+)");

    private final FileEntries cache;
    private final AudioMixer.Settings settings;
    private final Container container;
    private final int threads;
    private final ThreadFactory mixThreads;

    /** {@code threads}: encoder threads; {@code mixThreads} make the threads that measure the mix's passes. */
    Soundtracks(FileEntries cache, AudioMixer.Settings settings, Container container, int threads,
                ThreadFactory mixThreads) {
        this.cache = cache;
        this.settings = settings;
        this.container = container;
        this.threads = threads;
        this.mixThreads = mixThreads;
    }

    /**
     * The soundtrack of {@code narration}, which {@code narrationDigest} names; {@code measured} is its
     * loudness measured as it was written (may be null). Scratch files go in {@code workDir}.
     */
    Soundtrack make(PcmFile narration, String narrationDigest, LoudnessMeter measured, Path workDir)
            throws IOException, InterruptedException {
        String key = key(narration, narrationDigest);
        Optional<Soundtrack> cached = cached(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        Mix mix = new AudioMixer(mixThreads).mix(narration, measured, settings, workDir);
        Fact.Audio facts = new Fact.Audio(mix.integratedLufs(), mix.truePeakDbtp(), mix.musicDuckDb(),
                mix.audio().sampleRate(), mix.audio().channels(), mix.audio().durationMs(), false);
        Path temp = cache.tempFile("." + container.extension());
        try {
            SoundtrackFile.write(mix.audio(), container, temp, threads, line(facts));
            return new Soundtrack(cache.put(key, temp), facts);
        } finally {
            Files.deleteIfExists(temp);
            if (!mix.audio().equals(narration)) {
                mix.audio().delete();
            }
        }
    }

    private Optional<Soundtrack> cached(String key) {
        Optional<Path> entry = cache.find(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try (SoundtrackFile file = SoundtrackFile.open(entry.get())) {
            return facts(file.comment()).map(f -> new Soundtrack(entry.get(), f));
        } catch (IOException e) {
            // Pruned after it was found, or not a soundtrack of ours: made again.
            return Optional.empty();
        }
    }

    private String key(PcmFile narration, String narrationDigest) {
        String music = settings.music() == null ? "none" : SegmentLook.fingerprint(settings.music());
        String material = String.join("\u0000", "soundtrack v1", AppVersion.VALUE, narrationDigest,
                narration.sampleRate() + "/" + narration.channels(), music,
                String.valueOf(settings.musicVolumeDb()), String.valueOf(settings.loudnessLufs()),
                String.valueOf(settings.truePeakDbtp()), container.name(), container.audioEncoder());
        return KeyHash.of(material, 20);
    }

    static String line(Fact.Audio a) {
        return String.format(Locale.ROOT, "scriptcast mix lufs=%s tp=%s duck=%s rate=%d channels=%d ms=%d",
                a.integratedLufs(), a.truePeakDbtp(), a.musicDuckDb(), a.sampleRate(), a.channels(), a.durationMs());
    }

    /** The facts {@link #line} wrote, marked reused; empty for any other text. */
    static Optional<Fact.Audio> facts(String line) {
        Matcher m = FACTS.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Fact.Audio(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Long.parseLong(m.group(6)), true));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
