package dev.scriptcast.compose;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;

import dev.scriptcast.base.InputException;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

/** The video encoders scriptcast can use, which of them open on this machine, and their options. */
public final class Encoders {
    public static final String FALLBACK = "libx264";
    public static final List<String> SELECTABLE =
            List.of("libx264", "libx265", "libsvtav1", "libvpx-vp9", "h264_nvenc", "hevc_nvenc", "av1_nvenc");
    private static final List<String> AUTO_GPU = List.of("h264_nvenc", "hevc_nvenc");

    private Encoders() {}

    /** Whether an encoder opened for a tiny frame here, and if not, why. */
    public record Status(String name, boolean opens, String reason) {}

    /** Tries to open each selectable encoder with a tiny frame. */
    public static List<Status> probe() {
        return SELECTABLE.stream().map(Encoders::tryOpen).toList();
    }

    /** Tries to open one encoder with a tiny frame. */
    public static Status probe(String name) {
        return tryOpen(name);
    }

    /**
     * Opens the always-present fallback encoder on a tiny frame with these settings, so a preset, CRF or
     * bitrate it refuses is reported before any slow work rather than when the video starts.
     */
    public static void check(EncodeSettings settings) {
        Map<String, String> options = new LinkedHashMap<>(options(FALLBACK, settings));
        if (settings.bitrate() != null) {
            options.put("b", Integer.toString(VideoFileWriter.parseBitrate(settings.bitrate())));
        }
        Status status = tryOpen(FALLBACK, options);
        if (!status.opens()) {
            throw new InputException("video.preset " + settings.preset() + ", video.crf " + settings.crf()
                    + ": the " + FALLBACK + " encoder refuses these settings (" + status.reason() + ")");
        }
    }

    /** The encoders to try in order for a request ("auto" or a name), the libx264 fallback last. */
    public static List<String> candidates(String requested) {
        String name = requested == null || requested.isBlank() ? "auto" : requested.strip();
        List<String> order = new ArrayList<>();
        if (name.equals("auto")) {
            if (gpuPresent()) {
                order.addAll(AUTO_GPU);
            }
        } else if (!SELECTABLE.contains(name)) {
            throw new InputException("video.encoder: unknown encoder '" + name + "' (use auto, "
                    + String.join(", ", SELECTABLE) + ")");
        } else {
            order.add(name);
        }
        if (!order.contains(FALLBACK)) {
            order.add(FALLBACK);
        }
        return order;
    }

    /** A GPU device node or a loadable CUDA driver: worth trying NVENC/NVDEC. */
    public static boolean gpuPresent() {
        return Files.exists(Path.of("/dev/nvidia0")) || cudaLoadProblem().isEmpty();
    }

    /** Why the CUDA driver library cannot be loaded, or empty if it can. */
    public static Optional<String> cudaLoadProblem() {
        try {
            SymbolLookup.libraryLookup("libcuda.so.1", Arena.global());
            return Optional.empty();
        } catch (IllegalArgumentException | IllegalCallerException e) {
            return Optional.of("Cannot load libcuda.so.1");
        }
    }

    /** Explains an FFmpeg open failure of {@code name} in the user's terms. */
    public static String explain(String name, String ffmpegReason) {
        if (name.contains("nvenc") || name.contains("cuvid")) {
            if (!gpuPresent()) {
                return "no NVIDIA GPU/driver (" + cudaLoadProblem().orElse(ffmpegReason) + ")";
            }
            if (name.contains("nvenc") && (ffmpegReason.contains("unsupported device")
                    || ffmpegReason.contains("No capable devices") || ffmpegReason.contains("not supported"))) {
                return "this GPU has no NVENC for it (" + ffmpegReason + ")";
            }
        }
        return ffmpegReason;
    }

    /** Codec options for one encoder from the x264-style settings. */
    static Map<String, String> options(String name, EncodeSettings s) {
        Map<String, String> o = new LinkedHashMap<>();
        boolean nvenc = name.endsWith("_nvenc");
        if (nvenc) {
            o.put("preset", nvencPreset(s.preset()));
            if (s.bitrate() == null) {
                o.put("rc", "vbr");
                o.put("cq", Integer.toString(s.crf()));
            }
        } else if (name.equals("libsvtav1")) {
            o.put("preset", Integer.toString(svtPreset(s.preset())));
        } else if (name.equals("libvpx-vp9")) {
            int speed = vp9Speed(s.preset());
            o.put("deadline", speed >= 6 ? "realtime" : "good");
            o.put("cpu-used", Integer.toString(speed));
            o.put("row-mt", "1");
        } else {
            o.put("preset", s.preset());
        }
        if (!nvenc && s.bitrate() == null) {
            o.put("crf", Integer.toString(s.crf()));
        }
        if (name.equals("libx265")) {
            o.put("x265-params", "log-level=error");
        }
        if (s.threads() > 0 && !nvenc) {
            o.put("threads", Integer.toString(s.threads()));
        }
        return o;
    }

    private static String nvencPreset(String x264) {
        return switch (x264) {
            case "ultrafast", "superfast" -> "p1";
            case "veryfast" -> "p2";
            case "faster" -> "p3";
            case "fast" -> "p4";
            case "medium" -> "p5";
            case "slow" -> "p6";
            default -> "p7";
        };
    }

    /** libvpx's cpu-used; 6 and above need its realtime mode. */
    private static int vp9Speed(String x264) {
        return switch (x264) {
            case "ultrafast" -> 8;
            case "superfast" -> 7;
            case "veryfast" -> 6;
            case "faster" -> 5;
            case "fast" -> 4;
            case "medium" -> 3;
            case "slow" -> 2;
            default -> 1;
        };
    }

    private static int svtPreset(String x264) {
        return switch (x264) {
            case "ultrafast" -> 12;
            case "superfast" -> 11;
            case "veryfast" -> 10;
            case "faster" -> 9;
            case "fast" -> 8;
            case "medium" -> 6;
            case "slow" -> 4;
            default -> 2;
        };
    }

    private static Status tryOpen(String name) {
        return tryOpen(name, name.equals("libx265") ? Map.of("x265-params", "log-level=error") : Map.of());
    }

    private static Status tryOpen(String name, Map<String, String> options) {
        AVCodec codec = avcodec_find_encoder_by_name(name);
        if (codec == null) {
            return new Status(name, false, "not in this FFmpeg build");
        }
        AVCodecContext c = avcodec_alloc_context3(codec);
        try {
            c.width(256).height(144).pix_fmt(AV_PIX_FMT_YUV420P);
            c.time_base(av_make_q(1, 30)).framerate(av_make_q(30, 1));
            var result = AvCalls.withOptions(options, dictionary -> FfmpegLog.capture(
                    () -> EncoderScheduling.open(() -> avcodec_open2(c, codec, dictionary))));
            int ret = result.value();
            if (ret >= 0) {
                return new Status(name, true, "opens");
            }
            String reason = result.errors().isEmpty() ? errorString(ret) : result.errorText();
            return new Status(name, false, explain(name, reason));
        } catch (Exception e) {
            return new Status(name, false, String.valueOf(e.getMessage()));
        } finally {
            avcodec_free_context(c);
        }
    }

    static String errorString(int ret) {
        byte[] buf = new byte[256];
        av_strerror(ret, buf, buf.length);
        int len = 0;
        while (len < buf.length && buf[len] != 0) {
            len++;
        }
        return new String(buf, 0, len);
    }
}
