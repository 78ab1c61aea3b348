package dev.scriptcast.pipeline;

import dev.scriptcast.base.AppVersion;
import dev.scriptcast.compose.Container;
import dev.scriptcast.compose.EncodeSettings;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.config.ConfigValues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The render-wide part of every segment's cache key: the settings that decide pixels (avatar, background,
 * captions, video, visualiser), the resolved size, rate and encoder, the contents of the files they name, and the
 * app version; with declared speakers, also who is on screen and whether captions name them. Speech settings
 * are left out: each sentence's own key carries them.
 */
final class SegmentLook {
    private static final String[] PIXEL_KEYS = {"avatar.", "background.", "captions.burn", "video.", "visualizer."};
    private static final String[] FILE_KEYS = {"avatar.image", "avatar.video", "avatar.lipsync_model",
        "background.source"};
    /** Big files are known by their size, time and both ends, not read whole on every render. */
    private static final int SAMPLED_BYTES = 1 << 20;

    private SegmentLook() {}

    static String of(ConfigValues config, Cast cast, VideoFormat fmt, EncodeSettings encode, Container container) {
        Map<String, String> parts = new TreeMap<>();
        config.asMap().forEach((key, value) -> {
            for (String prefix : PIXEL_KEYS) {
                if (key.startsWith(prefix)) {
                    parts.put(key, String.valueOf(value));
                }
            }
        });
        if (!config.speakers().isEmpty()) {
            parts.put("cast", cast.toString());
            parts.put("captions.speaker_names", String.valueOf(config.flag("captions.speaker_names")));
        }
        parts.put("app", AppVersion.VALUE);
        parts.put("format", fmt.toString());
        parts.put("encode", encode.toString());
        parts.put("container", container.name());
        for (String key : FILE_KEYS) {
            Object value = config.asMap().get(key);
            if (value != null && Files.isRegularFile(Path.of(value.toString()))) {
                parts.put("file:" + key, fingerprint(Path.of(value.toString())));
            }
        }
        return parts.toString();
    }

    /** A file's size and contents (a big one's ends and time), for a cache key. */
    static String fingerprint(Path file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                digest(sha, in, SAMPLED_BYTES);
                if (size > 2L * SAMPLED_BYTES) {
                    in.skipNBytes(size - 2L * SAMPLED_BYTES);
                }
                digest(sha, in, SAMPLED_BYTES);
            }
            String sampled = size > 2L * SAMPLED_BYTES ? ":" + Files.getLastModifiedTime(file).toMillis() : "";
            return size + sampled + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            return "unreadable";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digest(MessageDigest sha, InputStream in, int limit) throws IOException {
        byte[] buffer = new byte[8192];
        for (int left = limit, n; left > 0 && (n = in.read(buffer, 0, Math.min(buffer.length, left))) > 0; left -= n) {
            sha.update(buffer, 0, n);
        }
    }
}
