package dev.scriptcast.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/** What every cache entry shares: how a hit is recorded, how a temporary file is named and when it is stale. */
public final class CacheFiles {
    /** A temporary file this old belongs to a run that was killed while writing it. */
    public static final Duration STALE_TEMP_AGE = Duration.ofHours(1);
    static final String TEMP_PREFIX = "entry";
    private static final Pattern TEMP_NAME = Pattern.compile(TEMP_PREFIX + "\\d+\\.[a-z0-9]{1,8}");

    private CacheFiles() {}

    /** Marks an entry as just used, so pruning removes the least recently used first. */
    public static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // A read-only cache still serves hits; it just cannot tell recent from old.
        }
    }

    /** A new empty file in {@code dir} (created if missing) to write an entry into, ending in {@code suffix}. */
    public static Path newTemp(Path dir, String suffix) throws IOException {
        Files.createDirectories(dir);
        return Files.createTempFile(dir, TEMP_PREFIX, suffix);
    }

    static boolean isTemp(String fileName) {
        return TEMP_NAME.matcher(fileName).matches();
    }

    /** Removes temporary files in {@code dir} left by runs killed while writing; returns the bytes freed. */
    public static long sweepStaleTemps(Path dir) {
        Instant staleBefore = Instant.now().minus(STALE_TEMP_AGE);
        long freed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, f -> isTemp(f.getFileName().toString()))) {
            for (Path tmp : files) {
                BasicFileAttributes attributes = regularFile(tmp);
                if (attributes != null && attributes.lastModifiedTime().toInstant().isBefore(staleBefore)
                        && deleteQuietly(tmp)) {
                    freed += attributes.size();
                }
            }
        } catch (IOException e) {
            // No folder yet, or one we cannot list: nothing to sweep.
        }
        return freed;
    }

    /** The attributes of a plain file, not following a symbolic link; null for anything else. */
    static BasicFileAttributes regularFile(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? a : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** True when the file was there and is now gone. */
    public static boolean deleteQuietly(Path file) {
        if (file == null) {
            return false;
        }
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }
}
