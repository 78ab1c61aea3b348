package dev.scriptcast.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps each spoken paragraph in a cache folder keyed by a hash of the engine, voice settings and text, so
 * a re-run (new background, or after being killed midway) does not synthesise it again. The cache is only an
 * optimisation: an entry that is damaged in any way is a miss and is written again, and a failed write is
 * ignored (leaving no temporary file behind).
 */
public final class CachedSpeechEngine extends ForwardingSpeechEngine {
    static final String TEMP_PREFIX = "entry";
    static final String TEMP_SUFFIX = ".tmp";
    /** A temporary file this old belongs to a run that was killed while writing it. */
    static final Duration STALE_TEMP_AGE = Duration.ofHours(1);
    /** No paragraph's speech comes near this; a bigger file is damage, not worth reading into memory. */
    private static final long MAX_ENTRY_BYTES = 1L << 30;

    private final Path dir;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    public CachedSpeechEngine(SpeechEngine engine, Path dir) {
        super(engine);
        this.dir = dir;
        sweepStaleTemps(dir);
    }

    @Override
    public Narration speak(String text, int scriptLine, VoiceSettings voice) throws SpeechException {
        Path entry = entryFor(text, scriptLine, voice);
        Optional<Narration> cached = read(entry);
        if (cached.isPresent()) {
            hits.incrementAndGet();
            return cached.get();
        }
        Narration fresh = engine.speak(text, scriptLine, voice);
        misses.incrementAndGet();
        store(entry, fresh);
        return fresh;
    }

    public int hits() {
        return hits.get();
    }

    public int misses() {
        return misses.get();
    }

    Path entryFor(String text, int scriptLine, VoiceSettings voice) {
        return dir.resolve(key(text, scriptLine, voice) + ".speech");
    }

    private static Optional<Narration> read(Path entry) {
        try {
            if (!Files.isRegularFile(entry) || Files.size(entry) > MAX_ENTRY_BYTES) {
                return Optional.empty();
            }
            return Optional.of(NarrationCodec.decode(Files.readAllBytes(entry)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void store(Path entry, Narration narration) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, TEMP_PREFIX, TEMP_SUFFIX);
            Files.write(tmp, NarrationCodec.encode(narration));
            Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            // A read-only or full disk must not fail the render.
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void sweepStaleTemps(Path dir) {
        Instant staleBefore = Instant.now().minus(STALE_TEMP_AGE);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path tmp : temps) {
                if (Files.getLastModifiedTime(tmp).toInstant().isBefore(staleBefore)) {
                    deleteQuietly(tmp);
                }
            }
        } catch (IOException e) {
            // No cache folder yet, or one we cannot list: nothing to sweep.
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Swept as stale by a later run.
        }
    }

    private String key(String text, int scriptLine, VoiceSettings voice) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // "v1" is the key scheme, not the entry format: an older entry keeps its name, reads as damaged and
            // is rewritten in place rather than left behind.
            String material = String.join("\u0000", "v1", engine.name(), String.valueOf(voice), text,
                    String.valueOf(scriptLine));
            return HexFormat.of().formatHex(sha.digest(material.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
