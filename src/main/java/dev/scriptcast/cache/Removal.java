package dev.scriptcast.cache;

/** What a prune or clear removed: whole entries and the bytes they held. */
public record Removal(int entries, long bytes) {
    public static final Removal NONE = new Removal(0, 0);

    public Removal plus(Removal other) {
        return new Removal(entries + other.entries, bytes + other.bytes);
    }
}
