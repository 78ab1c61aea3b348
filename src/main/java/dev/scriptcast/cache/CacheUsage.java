package dev.scriptcast.cache;

import java.util.List;

/** What the cache holds, kind by kind. */
public record CacheUsage(List<Kind> kinds) {
    /**
     * One kind's entries and their bytes. {@code linkRefused}: its folder is a symbolic link, which is never
     * followed, so nothing in it is counted or removed.
     */
    public record Kind(CacheKind kind, int entries, long bytes, boolean linkRefused) {}

    public int entries() {
        return kinds.stream().mapToInt(Kind::entries).sum();
    }

    public long bytes() {
        return kinds.stream().mapToLong(Kind::bytes).sum();
    }
}
