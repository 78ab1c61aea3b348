package dev.scriptcast.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work folder's caches ({@link CacheKind}): how much they hold, and removing entries by age, to a size cap
 * or all of them, least recently used first (a hit touches its entry). Only plain files named as the kind's
 * entries are counted or removed, each kind's own folder only: other files, subfolders and symbolic links
 * (files or a kind's whole folder) are left alone and never followed. Temporary files of killed runs are swept.
 */
public final class CacheFolder {
    private final Path root;

    public CacheFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path folder(CacheKind kind) {
        return root.resolve(kind.folderName());
    }

    /** The store for encoded video segments. */
    public FileEntries segments() {
        return new FileEntries(folder(CacheKind.SEGMENTS), CacheKind.SEGMENTS);
    }

    /** The store for mixed and encoded soundtracks. */
    public FileEntries soundtracks() {
        return new FileEntries(folder(CacheKind.SOUNDTRACKS), CacheKind.SOUNDTRACKS);
    }

    public CacheUsage usage() throws IOException {
        List<CacheUsage.Kind> kinds = new ArrayList<>();
        for (CacheKind kind : CacheKind.values()) {
            List<Entry> entries = entries(kind);
            kinds.add(new CacheUsage.Kind(kind, entries.size(), entries.stream().mapToLong(Entry::bytes).sum(),
                    isLink(folder(kind))));
        }
        return new CacheUsage(kinds);
    }

    /** Removes every entry last used longer than {@code age} ago. */
    public Removal pruneOlderThan(Duration age) throws IOException {
        Instant before = Instant.now().minus(age);
        return remove(all().stream().filter(e -> e.lastUsed().isBefore(before)).toList());
    }

    /** Removes the least recently used entries until all kinds together hold at most {@code maxBytes}. */
    public Removal pruneToSize(long maxBytes) throws IOException {
        List<Entry> entries = all();
        long excess = entries.stream().mapToLong(Entry::bytes).sum() - maxBytes;
        List<Entry> doomed = new ArrayList<>();
        for (Entry entry : entries) {
            if (excess <= 0) {
                break;
            }
            doomed.add(entry);
            excess -= entry.bytes();
        }
        return remove(doomed);
    }

    public Removal clear() throws IOException {
        return remove(all());
    }

    /** {@link #pruneToSize} after a render: a cache it cannot read or change does not fail the render. */
    public Removal enforce(long maxBytes) {
        try {
            return pruneToSize(maxBytes);
        } catch (IOException e) {
            return Removal.NONE;
        }
    }

    /** Every kind's entries, least recently used first, after sweeping stale temporary files. */
    private List<Entry> all() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (CacheKind kind : CacheKind.values()) {
            if (!isLink(folder(kind))) {
                CacheFiles.sweepStaleTemps(folder(kind));
            }
            entries.addAll(entries(kind));
        }
        entries.sort(Comparator.comparing(Entry::lastUsed));
        return entries;
    }

    /** An entry is its files (an entry file and its checksum file share the key); when it was last used. */
    private record Entry(List<Path> files, long bytes, Instant lastUsed) {}

    private record Found(Path file, BasicFileAttributes attributes) {}

    private List<Entry> entries(CacheKind kind) throws IOException {
        Path folder = folder(kind);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        Map<String, List<Found>> byKey = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                BasicFileAttributes attributes = CacheFiles.regularFile(file);
                var key = kind.keyOf(file.getFileName().toString());
                if (attributes != null && key.isPresent()) {
                    byKey.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(new Found(file, attributes));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return byKey.values().stream().map(found -> new Entry(sidecarLast(found.stream().map(Found::file).toList()),
                found.stream().mapToLong(f -> f.attributes().size()).sum(),
                found.stream().map(f -> f.attributes().lastModifiedTime().toInstant())
                        .max(Comparator.naturalOrder()).orElseThrow())).toList();
    }

    /** The checksum file goes last, so an entry half removed is one that reads as damaged, not as valid. */
    private static List<Path> sidecarLast(List<Path> files) {
        return files.stream().sorted(Comparator.comparing(f -> f.getFileName().toString()
                .endsWith("." + CacheKind.SIDECAR))).toList();
    }

    private static Removal remove(List<Entry> entries) {
        Removal removed = Removal.NONE;
        for (Entry entry : entries) {
            removed = removed.plus(delete(entry));
        }
        return removed;
    }

    private static Removal delete(Entry entry) {
        long bytes = 0;
        for (Path file : entry.files()) {
            BasicFileAttributes a = CacheFiles.regularFile(file);
            if (a == null || !CacheFiles.deleteQuietly(file)) {
                return new Removal(0, bytes);
            }
            bytes += a.size();
        }
        return new Removal(1, bytes);
    }

    private static boolean isLink(Path folder) {
        return Files.isSymbolicLink(folder);
    }
}
