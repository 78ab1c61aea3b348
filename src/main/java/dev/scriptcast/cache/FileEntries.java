package dev.scriptcast.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/**
 * A cache of whole files keyed by a hex key, such as encoded video segments: {@code KEY.mp4} beside
 * {@code KEY.sum}, a line holding the entry's CRC32C, its size and its extension. The checksum is written after
 * the entry, so an entry is served only once both are in place and agree: a damaged, truncated or half-written
 * entry is a miss and is removed. A writer puts both in place under a lock (one per folder, across threads and
 * processes), so concurrent writers of one key leave the last writer's pair, never a mixed one.
 */
public final class FileEntries {
    private static final Map<Path, Object> FOLDER_LOCKS = new ConcurrentHashMap<>();
    private static final String LOCK_FILE = ".lock";
    private static final int MAX_SIDECAR_BYTES = 200;

    private final Path dir;
    private final CacheKind kind;

    public FileEntries(Path dir, CacheKind kind) {
        this.dir = dir.toAbsolutePath().normalize();
        this.kind = kind;
        CacheFiles.sweepStaleTemps(this.dir);
    }

    /** A new empty file in the cache folder for the caller to write an entry into, e.g. {@code tempFile(".mp4")}. */
    public Path tempFile(String suffix) throws IOException {
        return CacheFiles.newTemp(dir, suffix);
    }

    /**
     * Moves {@code madeFile} (a complete file from {@link #tempFile}) into place as the entry for {@code key},
     * keeping its extension, and returns the entry's path. When this throws, the key is a miss (never a wrong
     * entry) and {@code madeFile} may be left behind for the caller to use or delete.
     */
    public Path put(String key, Path madeFile) throws IOException {
        requireKey(key);
        String extension = extensionOf(madeFile);
        if (!madeFile.toAbsolutePath().normalize().getParent().equals(dir)) {
            throw new IllegalArgumentException(madeFile + " is not a temp file of " + dir);
        }
        Path sum = CacheFiles.newTemp(dir, "." + CacheKind.SIDECAR);
        Path entry = dir.resolve(key + "." + extension);
        try {
            Files.writeString(sum, Checksum.of(madeFile, extension).line());
            return locked(() -> {
                for (String other : kind.extensions()) {
                    if (!other.equals(extension)) {
                        Files.deleteIfExists(dir.resolve(key + "." + other));
                    }
                }
                Files.move(madeFile, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                Files.move(sum, sidecar(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return entry;
            });
        } catch (IOException | RuntimeException e) {
            CacheFiles.deleteQuietly(sum);
            throw e;
        }
    }

    /**
     * The entry for {@code key} when its checksum verifies; a damaged one is removed and is a miss. A prune may
     * remove an entry after it is found: a caller that then cannot open it treats it as a miss.
     */
    public Optional<Path> find(String key) {
        requireKey(key);
        try {
            Optional<Path> entry = verified(key);
            if (entry.isEmpty() && anyFileOf(key)) {
                // Checked again where no writer is between its two renames: what still fails is damage.
                entry = locked(() -> {
                    Optional<Path> again = verified(key);
                    if (again.isEmpty()) {
                        removeAll(key);
                    }
                    return again;
                });
            }
            entry.ifPresent(CacheFiles::touch);
            return entry;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Path> verified(String key) throws IOException {
        Path sidecar = sidecar(key);
        if (CacheFiles.regularFile(sidecar) == null || Files.size(sidecar) > MAX_SIDECAR_BYTES) {
            return Optional.empty();
        }
        Optional<Checksum> expected = Checksum.parse(Files.readString(sidecar, StandardCharsets.US_ASCII));
        if (expected.isEmpty() || !kind.extensions().contains(expected.get().extension())) {
            return Optional.empty();
        }
        Path entry = dir.resolve(key + "." + expected.get().extension());
        var attributes = CacheFiles.regularFile(entry);
        if (attributes == null || attributes.size() != expected.get().bytes()) {
            return Optional.empty();
        }
        return Checksum.of(entry, expected.get().extension()).equals(expected.get()) ? Optional.of(entry)
                : Optional.empty();
    }

    private boolean anyFileOf(String key) {
        return Files.exists(sidecar(key))
                || kind.extensions().stream().anyMatch(e -> Files.exists(dir.resolve(key + "." + e)));
    }

    private void removeAll(String key) {
        for (String extension : kind.extensions()) {
            CacheFiles.deleteQuietly(dir.resolve(key + "." + extension));
        }
        CacheFiles.deleteQuietly(sidecar(key));
    }

    private Path sidecar(String key) {
        return dir.resolve(key + "." + CacheKind.SIDECAR);
    }

    private void requireKey(String key) {
        if (!kind.isKey(key)) {
            throw new IllegalArgumentException("not a " + kind.folderName() + " cache key: " + key);
        }
    }

    private String extensionOf(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!kind.extensions().contains(extension)) {
            throw new IllegalArgumentException(name + ": a " + kind.folderName() + " entry is one of "
                    + kind.extensions());
        }
        return extension;
    }

    private interface Body<T> {
        T run() throws IOException;
    }

    /** Runs {@code body} holding this folder's lock: the JVM's monitor for its threads, a file lock for others. */
    private <T> T locked(Body<T> body) throws IOException {
        synchronized (FOLDER_LOCKS.computeIfAbsent(dir.toRealPath(), d -> new Object())) {
            try (FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                return body.run();
            }
        }
    }

    /** An entry's CRC32C, size and extension, as its checksum file holds them. */
    private record Checksum(int crc, long bytes, String extension) {
        static Checksum of(Path file, String extension) throws IOException {
            CRC32C crc = new CRC32C();
            long bytes = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; bytes += n) {
                    crc.update(buffer, 0, n);
                }
            }
            return new Checksum((int) crc.getValue(), bytes, extension);
        }

        static Optional<Checksum> parse(String line) {
            String[] parts = line.strip().split(" ");
            try {
                return parts.length == 4 && parts[0].equals("crc32c") ? Optional.of(new Checksum(
                        Integer.parseUnsignedInt(parts[1], 16), Long.parseLong(parts[2]), parts[3]))
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        String line() {
            return "crc32c " + HexFormat.of().toHexDigits(crc) + " " + bytes + " " + extension + "\n";
        }
    }
}
