package dev.scriptcast.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A stored file comes back only as it was written; anything else is a miss and is removed. */
class FileEntriesTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    private final byte[] segment = bytes(300_000, 1);

    @Test
    void aPutEntryIsFoundWithItsExtensionAndBytes() throws IOException {
        FileEntries entries = new FileEntries(dir, CacheKind.SEGMENTS);

        Path put = entries.put(KEY, made(entries, ".mkv", segment));

        assertThat(put).isEqualTo(dir.resolve(KEY + ".mkv"));
        assertThat(entries.find(KEY)).hasValue(put);
        assertThat(put).hasBinaryContent(segment);
        assertThat(names()).containsExactlyInAnyOrder(KEY + ".mkv", KEY + ".sum", ".lock");
    }

    @Test
    void aKeyNeverPutIsAMissThatCreatesNothing() {
        Path missing = dir.resolve("segments");

        assertThat(new FileEntries(missing, CacheKind.SEGMENTS).find(KEY)).isEmpty();
        assertThat(missing).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"one byte flipped", "truncated", "grown", "emptied", "checksum file deleted",
        "checksum file garbage", "checksum file empty", "entry deleted", "checksum names another extension"})
    void aDamagedEntryIsNeverReturnedAndIsRemoved(String damage) throws IOException {
        FileEntries entries = new FileEntries(dir, CacheKind.SEGMENTS);
        Path entry = entries.put(KEY, made(entries, ".mp4", segment));
        Path sum = dir.resolve(KEY + ".sum");
        switch (damage) {
            case "one byte flipped" -> {
                byte[] bytes = segment.clone();
                bytes[123_456] ^= 0x10;
                Files.write(entry, bytes);
            }
            case "truncated" -> Files.write(entry, Arrays.copyOf(segment, segment.length - 1));
            case "grown" -> Files.write(entry, Arrays.copyOf(segment, segment.length + 1));
            case "emptied" -> Files.write(entry, new byte[0]);
            case "checksum file deleted" -> Files.delete(sum);
            case "checksum file garbage" -> Files.writeString(sum, "crc32c zz 12 mp4\n");
            case "checksum file empty" -> Files.writeString(sum, "");
            case "entry deleted" -> Files.delete(entry);
            case "checksum names another extension" ->
                    Files.writeString(sum, Files.readString(sum).replace(" mp4", " webm"));
            default -> throw new IllegalArgumentException(damage);
        }

        assertThat(entries.find(KEY)).isEmpty();
        assertThat(names()).containsOnly(".lock");
    }

    @Test
    void aHitMarksTheEntryAsRecentlyUsed() throws IOException {
        FileEntries entries = new FileEntries(dir, CacheKind.SEGMENTS);
        Path entry = entries.put(KEY, made(entries, ".mp4", segment));
        Instant monthAgo = Instant.now().minus(Duration.ofDays(30));
        Files.setLastModifiedTime(entry, FileTime.from(monthAgo));

        entries.find(KEY);

        assertThat(Files.getLastModifiedTime(entry).toInstant()).isAfter(monthAgo.plus(Duration.ofDays(29)));
    }

    @Test
    void anEntryPutAgainInAnotherContainerReplacesTheOldOne() throws IOException {
        FileEntries entries = new FileEntries(dir, CacheKind.SEGMENTS);
        entries.put(KEY, made(entries, ".mp4", segment));
        byte[] webm = bytes(1000, 2);

        Path put = entries.put(KEY, made(entries, ".webm", webm));

        assertThat(entries.find(KEY)).hasValue(put);
        assertThat(put).hasBinaryContent(webm);
        assertThat(names()).containsExactlyInAnyOrder(KEY + ".webm", KEY + ".sum", ".lock");
    }

    @Test
    void concurrentWritersOfOneKeyLeaveOneWholeEntryAndReadersOnlyEverSeeWholeOnes() throws Exception {
        FileEntries entries = new FileEntries(dir, CacheKind.SEGMENTS);
        List<byte[]> versions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            versions.add(bytes(50_000 + 1000 * i, 10 + i));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        List<byte[]> seen = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            Future<?> reader = pool.submit(() -> {
                while (writing.get() || seen.isEmpty()) {
                    Optional<Path> found = entries.find(KEY);
                    if (found.isPresent()) {
                        readIfStillThere(found.get()).ifPresent(seen::add);
                    }
                }
                return null;
            });
            List<Future<Path>> writers = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (byte[] version : versions) {
                    writers.add(pool.submit(() -> entries.put(KEY, made(entries, ".mp4", version))));
                }
            }
            for (Future<Path> writer : writers) {
                writer.get();
            }
            writing.set(false);
            reader.get();
        }

        assertThat(seen).isNotEmpty().allSatisfy(s -> assertThat(versions).anySatisfy(v -> assertThat(s).isEqualTo(v)));
        Path found = entries.find(KEY).orElseThrow();
        assertThat(versions).anySatisfy(v -> assertThat(found).hasBinaryContent(v));
        assertThat(names()).containsExactlyInAnyOrder(KEY + ".mp4", KEY + ".sum", ".lock");
    }

    @Test
    void onlyTheStoresOwnTempFilesKeysAndContainersAreAccepted() throws IOException {
        FileEntries entries = new FileEntries(dir, CacheKind.SEGMENTS);
        Path outside = Files.createTempFile("segment", ".mp4");
        try {
            assertThatThrownBy(() -> entries.put(KEY, outside)).isInstanceOf(IllegalArgumentException.class);
            assertThat(outside).exists();
        } finally {
            Files.delete(outside);
        }
        assertThatThrownBy(() -> entries.put("../../etc/passwd", made(entries, ".mp4", segment)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entries.find("ABCDEF0123456789")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> entries.put(KEY, made(entries, ".txt", segment)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Optional<byte[]> readIfStillThere(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path made(FileEntries entries, String suffix, byte[] content) throws IOException {
        return Files.write(entries.tempFile(suffix), content);
    }

    private static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
