package dev.scriptcast.speech;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps each spoken paragraph in a cache folder keyed by a hash of the engine, voice settings and text, so
 * a re-run (new background, or after being killed midway) does not synthesise it again.
 */
public final class CachedSpeechEngine extends ForwardingSpeechEngine {
    private final Path dir;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    public CachedSpeechEngine(SpeechEngine engine, Path dir) {
        super(engine);
        this.dir = dir;
    }

    @Override
    public Narration speak(String text, int scriptLine, VoiceSettings voice) throws SpeechException {
        Path entry = dir.resolve(key(text, scriptLine, voice) + ".speech");
        if (Files.isRegularFile(entry)) {
            try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(entry)))) {
                Narration cached = NarrationCodec.read(in);
                hits.incrementAndGet();
                return cached;
            } catch (IOException e) {
                // A damaged entry is simply synthesised again.
            }
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

    private void store(Path entry, Narration narration) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                NarrationCodec.write(narration, out);
            }
            Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The cache is an optimisation: a read-only or full disk must not fail the render.
        }
    }

    private String key(String text, int scriptLine, VoiceSettings voice) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String material = String.join("\u0000", "v1", engine.name(), String.valueOf(voice), text,
                    String.valueOf(scriptLine));
            return HexFormat.of().formatHex(sha.digest(material.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
