package dev.scriptcast.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.scriptcast.base.InputException;

/**
 * The video file formats scriptcast writes, chosen by the output's extension. The muxer is named explicitly, so
 * the temp file a render writes first may have any name.
 */
public enum Container {
    MP4("mp4", "mp4", "aac", "libx264", Encoders.SELECTABLE),
    MOV("mov", "mov", "aac", "libx264", List.of("libx264", "libx265", "h264_nvenc", "hevc_nvenc")),
    MKV("mkv", "matroska", "aac", "libx264", Encoders.SELECTABLE),
    WEBM("webm", "webm", "libopus", "libvpx-vp9", List.of("libvpx-vp9", "libsvtav1", "av1_nvenc"));

    private final String extension;
    private final String muxer;
    private final String audioEncoder;
    private final String fallback;
    private final List<String> encoders;

    Container(String extension, String muxer, String audioEncoder, String fallback, List<String> encoders) {
        this.extension = extension;
        this.muxer = muxer;
        this.audioEncoder = audioEncoder;
        this.fallback = fallback;
        this.encoders = encoders;
    }

    /** The container {@code output}'s extension names (any case); any other extension is an InputException. */
    public static Container forPath(Path output) {
        String name = output.getFileName() == null ? "" : output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Container c : values()) {
            if (c.extension.equals(ext)) {
                return c;
            }
        }
        throw new InputException("-o " + output + ": cannot write " + (ext.isEmpty() ? "a file without extension"
                : "." + ext + " files") + " (use " + supported() + ")");
    }

    /** The file extension with its dot, e.g. ".mp4". */
    public String extension() {
        return "." + extension;
    }

    /** ".mp4, .mov, .mkv or .webm". */
    public static String supported() {
        List<String> all = Arrays.stream(values()).map(c -> "." + c.extension).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.getLast();
    }

    /**
     * The video encoders to try in order for {@code requested} ("auto" or a name) in this container, the
     * fallback last; an encoder the container cannot hold is an InputException.
     */
    public List<String> candidates(String requested) {
        String name = requested == null || requested.isBlank() ? "auto" : requested.strip();
        List<String> order = new ArrayList<>(Encoders.candidates(name));
        if (!name.equals("auto") && !encoders.contains(name)) {
            throw new InputException("video.encoder: " + name + " cannot be written to ." + extension
                    + " (use auto, " + String.join(", ", encoders) + ")");
        }
        order.retainAll(encoders);
        if (!order.contains(fallback)) {
            order.add(fallback);
        }
        return order;
    }

    /** FFmpeg's name for the muxer. */
    public String muxer() {
        return muxer;
    }

    /** FFmpeg's name for the audio encoder: AAC, or Opus in WebM. */
    public String audioEncoder() {
        return audioEncoder;
    }

    boolean fastStart() {
        return this == MP4 || this == MOV;
    }
}
