package dev.scriptcast.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting, pruning and clearing a real work folder, and never touching anything that is not the cache's. */
class CacheFolderTest {
    @TempDir
    Path tmp;

    private Path root;
    private CacheFolder cache;

    private Path speech(int n, int bytes, int daysAgo) throws IOException {
        return file(CacheKind.SPEECH, "%032x.speech".formatted(n), bytes, daysAgo);
    }

    private Path segment(int n, int bytes, int daysAgo) throws IOException {
        file(CacheKind.SEGMENTS, "%016x.sum".formatted(n), 30, daysAgo);
        return file(CacheKind.SEGMENTS, "%016x.mp4".formatted(n), bytes, daysAgo);
    }

    private Path file(CacheKind kind, String name, int bytes, int daysAgo) throws IOException {
        Path folder = Files.createDirectories(root.resolve(kind.folderName()));
        return aged(Files.write(folder.resolve(name), new byte[bytes]), Duration.ofDays(daysAgo));
    }

    private static Path aged(Path file, Duration age) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    private void work(String name) {
        root = tmp.resolve(name);
        cache = new CacheFolder(root);
    }

    @Test
    void usageCountsEachKindsEntriesAndBytesWithAChecksumFilePartOfItsEntry() throws IOException {
        work("work");
        speech(1, 1000, 0);
        speech(2, 2000, 0);
        segment(1, 5000, 0);
        file(CacheKind.SOUNDTRACKS, "%016x.sum".formatted(7), 30, 0);
        file(CacheKind.SOUNDTRACKS, "%016x.mkv".formatted(7), 700, 0);

        CacheUsage usage = cache.usage();

        assertThat(usage.kinds()).containsExactly(new CacheUsage.Kind(CacheKind.SPEECH, 2, 3000, false),
                new CacheUsage.Kind(CacheKind.SEGMENTS, 1, 5030, false),
                new CacheUsage.Kind(CacheKind.SOUNDTRACKS, 1, 730, false));
        assertThat(usage.entries()).isEqualTo(4);
        assertThat(usage.bytes()).isEqualTo(8760);
    }

    @Test
    void aMissingFolderIsEmptyAndPruningItCreatesNothing() throws IOException {
        work("never-rendered");

        assertThat(cache.usage().entries()).isZero();
        assertThat(cache.clear()).isEqualTo(Removal.NONE);
        assertThat(cache.pruneToSize(0)).isEqualTo(Removal.NONE);
        assertThat(root).doesNotExist();
    }

    @Test
    void pruningByAgeRemovesOnlyEntriesLastUsedBeforeIt() throws IOException {
        work("work");
        Path old = speech(1, 1000, 40);
        Path recent = speech(2, 1000, 10);
        Path oldSegment = segment(3, 5000, 31);

        Removal removed = cache.pruneOlderThan(Duration.ofDays(30));

        assertThat(removed).isEqualTo(new Removal(2, 6030));
        assertThat(old).doesNotExist();
        assertThat(oldSegment).doesNotExist();
        assertThat(oldSegment.resolveSibling("%016x.sum".formatted(3))).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void pruningToASizeRemovesTheLeastRecentlyUsedFirstAcrossKinds() throws IOException {
        work("work");
        Path oldest = segment(1, 4000, 9);
        Path older = speech(2, 3000, 8);
        Path newer = speech(3, 3000, 2);
        Path newest = segment(4, 2000, 1);

        Removal removed = cache.pruneToSize(6000);

        assertThat(removed).isEqualTo(new Removal(2, 7030));
        assertThat(oldest).doesNotExist();
        assertThat(older).doesNotExist();
        assertThat(newer).exists();
        assertThat(newest).exists();
        assertThat(cache.usage().bytes()).isEqualTo(5030).isLessThanOrEqualTo(6000);
        assertThat(cache.enforce(6000)).isEqualTo(Removal.NONE);
    }

    @Test
    void clearingLeavesForeignFilesFilesOutsideAndWhatSymbolicLinksPointAt() throws IOException {
        work("work");
        speech(1, 1000, 0);
        segment(2, 2000, 0);
        Path outside = Files.createDirectories(tmp.resolve("precious"));
        Path outsideEntry = Files.write(outside.resolve("%032x.speech".formatted(9)), new byte[10]);
        Path outsideSegment = Files.write(outside.resolve("%016x.mp4".formatted(9)), new byte[10]);
        Path speechFolder = root.resolve("speech");
        List<Path> foreign = List.of(
                Files.writeString(root.resolve("notes.txt"), "mine"),
                Files.writeString(speechFolder.resolve("README"), "mine"),
                Files.writeString(speechFolder.resolve("%032X.speech".formatted(0xabc)), "upper-case hex: not ours"),
                Files.writeString(speechFolder.resolve("%016x.mp4".formatted(5)), "a segment name in speech/"),
                Files.writeString(Files.createDirectories(speechFolder.resolve("%032x.speech".formatted(6)))
                        .resolve("%032x.speech".formatted(7)), "inside a folder named like an entry"),
                Files.createSymbolicLink(speechFolder.resolve("%032x.speech".formatted(8)), outsideEntry),
                Files.createSymbolicLink(Files.createDirectories(root.resolve("segments"))
                        .resolve("%016x.mp4".formatted(8)), outsideSegment));

        Removal removed = cache.clear();

        assertThat(removed).isEqualTo(new Removal(2, 3030));
        assertThat(foreign).allSatisfy(f -> assertThat(f).exists());
        assertThat(outsideEntry).exists();
        assertThat(outsideSegment).exists();
        assertThat(cache.usage().entries()).isZero();
    }

    @Test
    void aKindsFolderThatIsASymbolicLinkIsNeitherCountedNorFollowed() throws IOException {
        work("work");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path lookalike = Files.write(elsewhere.resolve("%016x.mp4".formatted(1)), new byte[100]);
        Files.createDirectories(root);
        Files.createSymbolicLink(root.resolve("segments"), elsewhere);

        assertThat(cache.usage().kinds().get(1)).isEqualTo(new CacheUsage.Kind(CacheKind.SEGMENTS, 0, 0, true));
        assertThat(cache.clear()).isEqualTo(Removal.NONE);
        assertThat(cache.pruneToSize(0)).isEqualTo(Removal.NONE);
        assertThat(lookalike).exists();
    }

    @Test
    void pruningSweepsTempFilesOfKilledRunsButNotOnesBeingWritten() throws IOException {
        work("work");
        Path entry = speech(1, 1000, 0);
        Path folder = entry.getParent();
        Path stale = aged(Files.write(folder.resolve("entry123.tmp"), new byte[50]),
                CacheFiles.STALE_TEMP_AGE.plusMinutes(1));
        Path staleSegment = aged(Files.write(Files.createDirectories(root.resolve("segments"))
                .resolve("entry456.mp4"), new byte[50]), CacheFiles.STALE_TEMP_AGE.plusMinutes(1));
        Path writing = Files.write(folder.resolve("entry789.tmp"), new byte[50]);

        assertThat(cache.usage().entries()).isEqualTo(1);
        cache.pruneOlderThan(Duration.ofDays(1));

        assertThat(stale).doesNotExist();
        assertThat(staleSegment).doesNotExist();
        assertThat(writing).exists();
        assertThat(entry).exists();
    }

    @Test
    void entriesWrittenByTheStoreAreCountedAndCleared() throws IOException {
        work("work");
        FileEntries segments = cache.segments();
        Path made = Files.write(segments.tempFile(".webm"), new byte[4096]);
        segments.put("00112233445566778899aabbccddeeff", made);

        assertThat(cache.usage().kinds().get(1).entries()).isEqualTo(1);
        assertThat(cache.clear().entries()).isEqualTo(1);
        try (Stream<Path> left = Files.list(root.resolve("segments"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(".lock");
        }
    }
}
