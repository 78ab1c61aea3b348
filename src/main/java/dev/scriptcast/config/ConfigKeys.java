package dev.scriptcast.config;

import static dev.scriptcast.config.ValueType.*;

import dev.scriptcast.base.ByteSize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every configuration key with its type, default and allowed range. The README's table mirrors this list. */
public final class ConfigKeys {
    public static final List<ConfigKey> ALL = List.of(
            ConfigKey.of("output", PATH, null, "output video .mp4, .mov, .mkv or .webm (default: SCRIPT.mp4)"),
            new ConfigKey("video.size", STRING, "1280x720", VideoSize::check, "WxH", "frame size, 128..3840 per side"),
            ConfigKey.oneOf("video.aspect", null, List.of("16:9", "9:16", "1:1"),
                    "aspect preset (1280x720, 720x1280, 1080x1080) when video.size is not set"),
            ConfigKey.range("video.fps", INT, 30, 1, 120, "frames per second"),
            ConfigKey.of("video.encoder", STRING, "auto", "auto or an FFmpeg encoder name (libx264, h264_nvenc, …)"),
            ConfigKey.oneOf("video.preset", "veryfast", List.of("ultrafast", "superfast", "veryfast", "faster", "fast",
                    "medium", "slow", "slower", "veryslow", "placebo"), "encoder speed preset, as x264 names them"),
            ConfigKey.range("video.crf", INT, 23, 0, 51, "constant rate factor: lower is better quality"),
            ConfigKey.of("video.bitrate", STRING, null, "target bitrate like 4M instead of CRF"),
            ConfigKey.of("background.source", STRING, "gradient", "gradient, #RRGGBB, or an image/video path"),
            ConfigKey.of("background.kenburns", BOOLEAN, false, "slow Ken Burns pan across an image background"),
            ConfigKey.of("speech.engine", STRING, "mary", "speech engine (mary, espeak, piper, kokoro)"),
            ConfigKey.of("speech.voice", STRING, null, "engine voice name (default: the engine's default)"),
            ConfigKey.of("speech.model", PATH, null, "piper or kokoro: the voice's .onnx (Piper's .onnx.json beside it)"),
            ConfigKey.of("speech.voices", PATH, null, "kokoro: voices.bin, or a folder of NAME.npy / NAME.bin vectors"),
            ConfigKey.of("speech.speaker", STRING, null, "piper: a multi-speaker voice's speaker (name or number)"),
            ConfigKey.range("speech.rate", DOUBLE, 1.0, 0.5, 2.0, "speaking rate multiplier"),
            ConfigKey.range("speech.pitch", DOUBLE, 1.0, 0.5, 2.0, "pitch multiplier"),
            ConfigKey.range("speech.volume", DOUBLE, 1.0, 0.0, 2.0, "volume multiplier"),
            ConfigKey.range("speech.paragraph_pause_ms", INT, 600, 0, 10000, "silence between paragraphs"),
            ConfigKey.of("music.path", PATH, null, "background music file"),
            ConfigKey.of("music.skip", BOOLEAN, false, "no music even if music.path is set"),
            ConfigKey.range("music.volume_db", DOUBLE, -18.0, -60, 0, "music RMS before ducking, dBFS with the voice at -12 dBFS"),
            ConfigKey.range("audio.loudness_lufs", DOUBLE, -16.0, -40, -5, "integrated loudness target"),
            ConfigKey.range("audio.true_peak_dbtp", DOUBLE, -1.0, -9, 0, "true-peak ceiling"),
            ConfigKey.of("avatar.enabled", BOOLEAN, false, "draw a talking presenter"),
            ConfigKey.oneOf("avatar.look", "aurora", List.of("aurora", "sage", "nova"), "built-in presenter look"),
            ConfigKey.oneOf("avatar.position", "bottom-right",
                    List.of("bottom-left", "bottom-right", "center", "left", "right"), "where the presenter stands"),
            ConfigKey.range("avatar.scale", DOUBLE, 1.0, 0.25, 3.0, "avatar height as a fraction of its area (1 = full height)"),
            ConfigKey.of("avatar.image", PATH, null, "photo to animate instead of the drawn presenter"),
            new ConfigKey("avatar.mouth", INT_LIST, null, ConfigKeys::checkRect, "[x, y, w, h]",
                    "mouth box in the photo"),
            ConfigKey.of("avatar.video", PATH, null, "looped clip for neural lip-sync"),
            ConfigKey.of("avatar.lipsync_model", PATH, null, "Wav2Lip-compatible ONNX model"),
            ConfigKey.range("avatar.batch_size", INT, 64, 1, 1024, "neural lip-sync batch size"),
            ConfigKey.range("avatar.gpu", INT, 0, 0, 63, "GPU the lip-sync model runs on (CUDA device index)"),
            ConfigKey.of("visualizer.enabled", BOOLEAN, false, "draw an audio visualiser"),
            ConfigKey.oneOf("visualizer.style", "bars", List.of("bars", "wave", "radial"), "visualiser style"),
            ConfigKey.of("visualizer.colors", STRING_LIST, null, "visualiser colours as #RRGGBB strings"),
            ConfigKey.of("captions.burn", BOOLEAN, false, "burn captions into the video"),
            ConfigKey.of("captions.files", BOOLEAN, true, "write OUT.srt and OUT.vtt beside the video"),
            ConfigKey.of("captions.speaker_names", BOOLEAN, false, "start each caption with its speaker's name"),
            ConfigKey.of("report.dir", PATH, null, "report folder (default: OUT.report beside the output)"),
            ConfigKey.range("report.sample_interval_ms", INT, 50, 10, 5000, "telemetry sampling interval"),
            ConfigKey.of("work.dir", PATH, null, "stage cache folder (default: ~/.cache/scriptcast)"),
            new ConfigKey("cache.max_size", STRING, null, ByteSize::check, "SIZE like 500MB, 2GB",
                    "after each render, least recently used cache entries go until the cache fits (1 KB = 1024 B)"),
            ConfigKey.range("limits.max_pause_ms", INT, 60_000, 1, 3_600_000, "longest [pause …] a script may ask for"),
            ConfigKey.range("limits.max_paragraphs", INT, 2000, 1, 100_000, "most paragraphs in one script"),
            ConfigKey.range("limits.max_duration_s", INT, 3600, 1, 86_400, "longest narration, estimated from words and pauses before synthesis"),
            ConfigKey.of("quiet", BOOLEAN, false, "no progress output"));

    private ConfigKeys() {}

    public static Optional<ConfigKey> find(String name) {
        return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** ", did you mean video.fps?" for a misspelt key or section when a known one is near; empty otherwise. */
    public static String suggestion(String unknown) {
        List<String> names = ALL.stream().map(ConfigKey::name)
                .flatMap(n -> Stream.of(n, n.contains(".") ? n.substring(0, n.indexOf('.')) : n)).distinct().toList();
        return Nearest.to(unknown, names).map(n -> ", did you mean " + n + "?").orElse("");
    }

    private static String checkRect(Object value) {
        List<?> list = (List<?>) value;
        if (list.size() != 4) {
            return "must be [x, y, w, h] (4 numbers, got " + list.size() + ")";
        }
        return list.stream().anyMatch(v -> ((Integer) v) < 0) ? "must not be negative" : null;
    }
}
