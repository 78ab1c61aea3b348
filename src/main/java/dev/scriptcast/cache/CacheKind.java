package dev.scriptcast.cache;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the work folder caches, each kind in its own folder, and the names its entries have. Only a file whose
 * name is one of these is ever counted or removed: anything else in the folder is left alone.
 */
public enum CacheKind {
    /** Spoken sentences: {@code KEY.speech}, checksummed inside (see speech.CachedSpeechEngine). */
    SPEECH("speech", "[0-9a-f]{32}", List.of("speech"), false),
    /** Encoded video segments: {@code KEY.mp4} (or .mkv, .webm, .mov) and its checksum {@code KEY.sum}. */
    SEGMENTS("segments", "[0-9a-f]{16,128}", List.of("mp4", "mkv", "webm", "mov"), true),
    /** Mixed and encoded soundtracks: {@code KEY.mp4} (or .mkv, .webm, .mov), sound only, and {@code KEY.sum}. */
    SOUNDTRACKS("soundtracks", "[0-9a-f]{16,128}", List.of("mp4", "mkv", "webm", "mov"), true);

    static final String SIDECAR = "sum";

    private final String folderName;
    private final Pattern entryName;
    private final List<String> extensions;

    CacheKind(String folderName, String key, List<String> extensions, boolean checksumFile) {
        this.folderName = folderName;
        this.extensions = extensions;
        String names = String.join("|", extensions) + (checksumFile ? "|" + SIDECAR : "");
        this.entryName = Pattern.compile("(" + key + ")\\.(?:" + names + ")");
    }

    public String folderName() {
        return folderName;
    }

    /** The extensions an entry's file may have (without the dot). */
    public List<String> extensions() {
        return extensions;
    }

    /** The key of an entry file (or its checksum file) of this kind; empty for any other name. */
    Optional<String> keyOf(String fileName) {
        Matcher m = entryName.matcher(fileName);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    boolean isKey(String key) {
        return keyOf(key + "." + extensions.getFirst()).isPresent();
    }
}
