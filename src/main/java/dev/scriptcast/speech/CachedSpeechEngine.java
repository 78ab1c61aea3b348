package dev.scriptcast.speech;

import dev.scriptcast.base.AppVersion;
import dev.scriptcast.cache.CacheFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps each spoken paragraph in a cache folder keyed by a hash of the engine, voice settings, text and
 * application version, so a re-run (new background, or after being killed midway) does not synthesise it again,
 * nor does the same paragraph at another place in the script. The cache is only an optimisation: an entry that
 * is damaged in any way is a miss and is written again, and a failed write is ignored (leaving no temporary file
 * behind). A hit touches its entry, so pruning removes the least recently used first.
 */
public final class CachedSpeechEngine extends ForwardingSpeechEngine {
    static final String TEMP_SUFFIX = ".tmp";
    /**
     * The key scheme, not the entry format: an entry under an older scheme is never looked up again and goes
     * when the cache is pruned.
     */
    /** No paragraph's speech comes near this; a bigger file is damage, not worth reading into memory. */
    private static final long MAX_ENTRY_BYTES = 1L << 30;

    private final Path dir;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    public CachedSpeechEngine(SpeechEngine engine, Path dir) {
        super(engine);
        this.dir = dir;
        CacheFiles.sweepStaleTemps(dir);
    }

    @Override
    public Narration speak(String text, int scriptLine, VoiceSettings voice) throws SpeechException {
        Path entry = entryFor(text, voice);
        Optional<Narration> cached = read(entry);
        if (cached.isPresent()) {
            hits.incrementAndGet();
            CacheFiles.touch(entry);
            return atLine(cached.get(), scriptLine);
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

    Path entryFor(String text, VoiceSettings voice) {
        return dir.resolve(SpeechKey.of(engine.identity(), voice, text) + ".speech");
    }

    /** The entry may have been spoken for the same text elsewhere in the script: its words name this line. */
    private static Narration atLine(Narration cached, int scriptLine) {
        return new Narration(cached.audio(), cached.words().map(w -> new Word(w.text(), scriptLine)),
                cached.phonemes());
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
            tmp = CacheFiles.newTemp(dir, TEMP_SUFFIX);
            Files.write(tmp, NarrationCodec.encode(narration));
            Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            // A read-only or full disk must not fail the render.
        } finally {
            CacheFiles.deleteQuietly(tmp);
        }
    }
}
