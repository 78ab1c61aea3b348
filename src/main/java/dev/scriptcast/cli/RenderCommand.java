package dev.scriptcast.cli;

import dev.scriptcast.base.InputException;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.pipeline.RenderRequest;
import dev.scriptcast.pipeline.RenderResult;
import dev.scriptcast.pipeline.Scriptcast;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scriptcast render SCRIPT}: every flag maps to one config key; flags override the config file and the
 * script's front matter.
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Render a script (UTF-8 text or Markdown) into an MP4 presenter video.")
final class RenderCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Parameters(paramLabel = "SCRIPT", description = "the script file, or - to read it from standard input")
    Path script;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.mp4",
            description = "output video: .mp4, .mov, .mkv or .webm (default: SCRIPT.mp4; required when SCRIPT is -)")
    Path output;

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

    @Option(names = "--report", paramLabel = "DIR", description = "report folder (default: OUT.report)")
    Path report;

    @Option(names = "--quiet", description = "no progress output; notices that a request was changed still show")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        ConfigValues config = config();
        Optional<ThirdPartyLog> log = main != null && main.ownsProcess ? ThirdPartyLog.capture() : Optional.empty();
        ConsoleProgress progress = new ConsoleProgress(config.flag("quiet"),
                log.map(ThirdPartyLog::terminal).orElse(spec.commandLine().getErr()));
        try (StandardInputScript input = StandardInputScript.readIfAsked(script, output)) {
            RenderResult result = renderDiscardingOnExit(new RenderRequest(input.path(), config), progress);
            progress.done(result, log.flatMap(ThirdPartyLog::finish));
        } catch (InputException e) {
            throw new InputException(FlagMentions.rewrite(e.getMessage(), config, flagsByKey), e);
        } finally {
            log.ifPresent(ThirdPartyLog::close);
        }
        return 0;
    }

    /** The config file's settings (announced as a notice), then the flags. */
    ConfigValues config() {
        ConfigValues config = ConfigFile.read(configFile);
        applyFlags(config);
        return config;
    }

    /**
     * Ctrl-C runs shutdown hooks while the render thread is still going: interrupting it lets the render
     * remove its temp files before the process ends.
     */
    private static RenderResult renderDiscardingOnExit(RenderRequest request, ConsoleProgress progress)
            throws Exception {
        Thread render = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onExit = new Thread(() -> {
            render.interrupt();
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "scriptcast-discard");
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            return Scriptcast.render(request, progress);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException exiting) {
                // the process is already shutting down: the hook has run
            }
        }
    }

    /** Each setting that has a flag, by its key: filled by {@link #applyFlags}. */
    private final Map<String, String> flagsByKey = new LinkedHashMap<>();

    private void applyFlags(ConfigValues config) {
        set(config, "output", output, "-o");
        set(config, "avatar.enabled", avatar ? true : null, "--avatar");
        set(config, "avatar.image", avatarImage, "--avatar-image");
        set(config, "avatar.video", avatarVideo, "--avatar-video");
        set(config, "avatar.lipsync_model", lipsyncModel, "--lipsync-model");
        set(config, "avatar.look", look, "--look");
        set(config, "avatar.position", avatarPosition, "--avatar-position");
        set(config, "visualizer.enabled", visualize != null ? true : null, "--visualize");
        set(config, "visualizer.style", visualize == null || visualize.isEmpty() ? null : visualize, "--visualize");
        set(config, "captions.burn", captions ? true : null, "--captions");
        set(config, "background.source", background, "--background");
        set(config, "music.skip", skipMusic ? true : null, "--skip-music");
        set(config, "music.path", music, "--music");
        set(config, "speech.engine", ttsEngine, "--tts-engine");
        set(config, "speech.voice", voice, "--voice");
        set(config, "speech.rate", rate, "--rate");
        set(config, "video.size", size, "--size");
        set(config, "video.aspect", aspect, "--aspect");
        set(config, "video.fps", fps, "--fps");
        set(config, "video.encoder", encoder, "--encoder");
        set(config, "video.preset", preset, "--preset");
        set(config, "video.crf", crf, "--crf");
        set(config, "report.dir", report, "--report");
        set(config, "quiet", quiet ? true : null, "--quiet");
    }

    private void set(ConfigValues config, String key, Object value, String flag) {
        flagsByKey.putIfAbsent(key, flag);
        if (value != null) {
            config.set(key, value instanceof Path p ? p.toString() : value, flag);
        }
    }
}
