package dev.scriptcast.visual;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadFactory;

import dev.scriptcast.compose.Encoders;
import dev.scriptcast.compose.FfmpegLog;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.base.InputException;

/**
 * Opens a background video: checks it has a decodable video stream, then picks the decoder by trying
 * NVDEC ({@code *_cuvid}) first and the CPU decoder otherwise, recording which and why.
 */
final class VideoBackgrounds {
    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "m4v", "mov", "mkv", "webm", "avi", "gif");
    private static final Map<String, String> NVDEC = Map.of(
            "h264", "h264_cuvid", "hevc", "hevc_cuvid", "av1", "av1_cuvid", "vp9", "vp9_cuvid", "vp8", "vp8_cuvid");

    private VideoBackgrounds() {}

    static boolean looksLikeVideo(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && VIDEO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static Background open(Path path, VideoFormat fmt, ThreadFactory decodeThreads) {
        VideoSource.Probe probe;
        try {
            probe = VideoSource.probe(path);
        } catch (Exception e) {
            throw new InputException("background: cannot read '" + path + "' as an image or video (corrupt or "
                    + "unsupported)");
        }
        if (probe.width() <= 0 || probe.height() <= 0 || probe.codec() == null) {
            throw new InputException("background: '" + path + "' has no video stream");
        }
        String hardware = NVDEC.get(probe.codec());
        String reason = hardware == null ? "no NVDEC decoder for " + probe.codec() : tryDecoder(path, probe, fmt,
                hardware);
        String decoder = reason == null ? hardware : null;
        if (decoder == null) {
            String cpuProblem = tryDecoder(path, probe, fmt, null);
            if (cpuProblem != null) {
                throw new InputException("background: cannot decode video '" + path + "': " + cpuProblem);
            }
            reason = reason + "; decoding on the CPU";
        } else {
            reason = hardware + " opens (NVDEC)";
        }
        String used = decoder == null ? probe.codec() + " (CPU)" : decoder;
        return new Background(new VideoBackground(path, probe, fmt, decoder, decodeThreads),
                new BackgroundInfo("video", path.toString(), used, reason));
    }

    /** Null if {@code decoder} (null: the CPU default) decodes a first frame, else why not. */
    private static String tryDecoder(Path path, VideoSource.Probe probe, VideoFormat fmt, String decoder) {
        try (VideoSource ignored = new VideoSource(path, probe, fmt, decoder)) {
            return null;
        } catch (FfmpegLog.CapturedFailure e) {
            String name = decoder == null ? probe.codec() : decoder;
            return name + ": " + Encoders.explain(name, e.reason());
        } catch (Exception e) {
            return (decoder == null ? probe.codec() : decoder) + ": " + e.getMessage();
        }
    }
}
