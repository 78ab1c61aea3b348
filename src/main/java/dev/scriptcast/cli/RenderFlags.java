package dev.scriptcast.cli;

import dev.scriptcast.config.ConfigLoader;
import dev.scriptcast.config.ConfigValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The settings flags that {@code render} and {@code batch} share: each maps to one config key and overrides the
 * config file (and the script's front matter).
 */
final class RenderFlags {
    @Option(names = "--config", paramLabel = "FILE", description = "config file (default: ./scriptcast.yaml if present)")
    Path configFile;

    @Option(names = "--avatar", description = "show a talking presenter")
    boolean avatar;

    @Option(names = "--avatar-image", paramLabel = "PATH", description = "animate this photo as the presenter")
    Path avatarImage;

    @Option(names = "--avatar-video", paramLabel = "PATH", description = "looped clip for neural lip-sync")
    Path avatarVideo;

    @Option(names = "--lipsync-model", paramLabel = "PATH.onnx", description = "Wav2Lip-compatible ONNX model")
    Path lipsyncModel;

    @Option(names = "--gpu", paramLabel = "N", description = "CUDA device the lip-sync model runs on (default: 0)")
    String gpu;

    @Option(names = "--look", paramLabel = "aurora|sage|nova", description = "drawn presenter's look (default: aurora)")
    String look;

    @Option(names = "--avatar-position", paramLabel = "POSITION",
            description = "bottom-right (default), bottom-left, center, left or right")
    String avatarPosition;

    @Option(names = "--visualize", arity = "0..1", fallbackValue = "", paramLabel = "STYLE",
            parameterConsumer = OptionalValue.class,
            description = "draw an audio visualiser: bars, wave or radial (left out: visualizer.style, else bars)")
    String visualize;

    @Option(names = "--captions", description = "burn captions into the video")
    boolean captions;

    @Option(names = "--background", arity = "0..1", fallbackValue = "gradient", paramLabel = "PATH|#RRGGBB|gradient",
            parameterConsumer = OptionalValue.class,
            description = "background: gradient (default), a colour, or an image/video file (never a .txt/.md script)")
    String background;

    @Option(names = "--skip-music", description = "no background music")
    boolean skipMusic;

    @Option(names = "--music", paramLabel = "PATH", description = "background music, ducked under the speech")
    Path music;

    @Option(names = "--tts-engine", paramLabel = "NAME", description = "speech engine (default: mary)")
    String ttsEngine;

    @Option(names = "--voice-model", paramLabel = "PATH.onnx",
            description = "Piper voice or Kokoro model for --tts-engine piper|kokoro")
    Path voiceModel;

    @Option(names = "--voice", paramLabel = "NAME", description = "voice of the speech engine (see scriptcast voices)")
    String voice;

    @Option(names = "--rate", paramLabel = "X", description = "speaking rate, 0.5..2 (default: 1)")
    String rate;

    @Option(names = "--size", paramLabel = "WxH", description = "frame size (default: 1280x720)")
    String size;

    @Option(names = "--aspect", paramLabel = "16:9|9:16|1:1", description = "aspect preset when --size is not given")
    String aspect;

    @Option(names = "--fps", paramLabel = "N", description = "frames per second (default: 30)")
    String fps;

    @Option(names = "--encoder", paramLabel = "NAME|auto", description = "video encoder (default: auto)")
    String encoder;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "encoder preset, ultrafast..placebo as in x264 (default: veryfast)")
    String preset;

    @Option(names = "--crf", paramLabel = "0..51", description = "quality, lower is better (default: 23)")
    String crf;

    @Option(names = "--quiet", description = "no progress output; notices that a request was changed still show")
    boolean quiet;

    /** Each setting that has a flag, by its key: filled by {@link #config}. */
    private final Map<String, String> flagsByKey = new LinkedHashMap<>();

    /** The config file's settings (announced as a notice), then the flags. */
    ConfigValues config() {
        ConfigValues config = ConfigFile.read(configFile);
        applyFlags(config);
        return config;
    }

    /** Each key that has a flag, e.g. "music.path" → "--music", for {@link FlagMentions}. */
    Map<String, String> flagsByKey() {
        return Collections.unmodifiableMap(flagsByKey);
    }

    private void applyFlags(ConfigValues config) {
        set(config, "avatar.enabled", avatar ? true : null, "--avatar");
        set(config, "avatar.image", avatarImage, "--avatar-image");
        set(config, "avatar.video", avatarVideo, "--avatar-video");
        set(config, "avatar.lipsync_model", lipsyncModel, "--lipsync-model");
        set(config, "avatar.gpu", gpu, "--gpu");
        set(config, "avatar.look", look, "--look");
        set(config, "avatar.position", avatarPosition, "--avatar-position");
        set(config, "visualizer.enabled", visualize != null ? true : null, "--visualize");
        set(config, "visualizer.style", visualize == null || visualize.isEmpty() ? null : visualize, "--visualize");
        set(config, "captions.burn", captions ? true : null, "--captions");
        set(config, "background.source", background, "--background");
        set(config, "music.skip", skipMusic ? true : null, "--skip-music");
        set(config, "music.path", music, "--music");
        set(config, "speech.engine", ttsEngine, "--tts-engine");
        set(config, "speech.model", voiceModel, "--voice-model");
        set(config, "speech.voice", voice, "--voice");
        set(config, "speech.rate", rate, "--rate");
        set(config, "video.size", size, "--size");
        set(config, "video.aspect", aspect, "--aspect");
        set(config, "video.fps", fps, "--fps");
        set(config, "video.encoder", encoder, "--encoder");
        set(config, "video.preset", preset, "--preset");
        set(config, "video.crf", crf, "--crf");
        set(config, "quiet", quiet ? true : null, "--quiet");
    }

    /** Sets {@code key} from {@code flag} when it was given; a command's own flags are set through here too. */
    void set(ConfigValues config, String key, Object value, String flag) {
        flagsByKey.putIfAbsent(key, flag);
        if (value != null) {
            config.set(key, value instanceof Path p ? p.toString() : value, flag);
        }
    }
}
