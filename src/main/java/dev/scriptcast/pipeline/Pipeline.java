package dev.scriptcast.pipeline;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.avatar.PlaceholderAvatar;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.RenderedVideo;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.compose.VideoRenderer;
import dev.scriptcast.config.ConfigLoader;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.script.Script;
import dev.scriptcast.script.ScriptParser;
import dev.scriptcast.speech.CachedSpeechEngine;
import dev.scriptcast.speech.MaryEngine;
import dev.scriptcast.speech.Narration;
import dev.scriptcast.speech.Narrator;
import dev.scriptcast.speech.SpeechEngines;
import dev.scriptcast.telemetry.MetricsWriter;
import dev.scriptcast.telemetry.RunMetrics;
import dev.scriptcast.telemetry.StageBody;
import dev.scriptcast.telemetry.Telemetry;
import dev.scriptcast.visual.Backgrounds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole render in one place: each stage is a call from one immutable result to the next, wrapped by
 * telemetry so no stage times itself.
 *
 * <pre>
 * script_parsing     Path            → Script (+ front matter merged into the config)
 * tts_generation     Script          → Narration (audio, word and phoneme timelines)
 * audio_mixing       Narration       → PcmAudio (final mix)
 * avatar_generation  Narration       → avatar Layer
 * video_composition  layers + mix    → MP4 (streamed frames, renamed into place when complete)
 * </pre>
 */
final class Pipeline {
    private final RenderRequest request;
    private final ProgressListener progress;
    private final ConfigValues config;

    Pipeline(RenderRequest request, ProgressListener progress) {
        this.request = request;
        this.progress = progress;
        this.config = request.config();
    }

    RenderResult run() throws IOException, InterruptedException {
        Thread.ofPlatform().daemon().start(MaryEngine::warmUp);
        try (Telemetry telemetry = Telemetry.start(config.integer("report.sample_interval_ms"))) {
            Script script = stage(telemetry, "script_parsing", this::parseScript);
            OutputFiles files = OutputFiles.resolve(request.script(), config);
            try {
                VideoFormat format = Settings.videoFormat(config);
                config.notices().forEach(progress::notice);
                List<String> unavailable = Features.unavailable(config);
                unavailable.forEach(f -> progress.notice(f + ": not available yet"));
                telemetry.note("notAvailable", unavailable);

                Narration speech = stage(telemetry, "tts_generation", () -> speak(script, telemetry));
                PcmAudio mix = stage(telemetry, "audio_mixing", speech::audio);
                List<Layer> layers = new ArrayList<>();
                layers.add(Backgrounds.create(config.string("background.source"), format));
                stage(telemetry, "avatar_generation", () -> addAvatar(layers, format));
                RenderedVideo video = stage(telemetry, "video_composition", () -> VideoRenderer.render(
                        format, layers, mix, Settings.encode(config), files.temp(), progress::frames));
                files.commit();
                telemetry.note("encoder", video.encoder());
                telemetry.note("video", java.util.Map.of("width", format.width(), "height", format.height(),
                        "fps", format.fps(), "frames", video.frames(), "durationMs", mix.durationMs()));
                RunMetrics metrics = telemetry.finish();
                MetricsWriter.write(files.reportDir(), RunInfo.describe(request, files, config), metrics);
                return new RenderResult(files.output(), files.reportDir(), mix.durationMs(), video.frames(), metrics);
            } finally {
                files.discard();
            }
        }
    }

    private Script parseScript() {
        Script script = new ScriptParser(config.integer("speech.paragraph_pause_ms")).parse(request.script());
        ConfigLoader.applyFrontMatter(request.script(), script.frontMatter(), config);
        return script;
    }

    private Narration speak(Script script, Telemetry telemetry) throws Exception {
        Path cacheDir = WorkDir.of(config).resolve("speech");
        var engine = new CachedSpeechEngine(SpeechEngines.create(config.string("speech.engine")), cacheDir);
        Narration narration = new Narrator(engine, Settings.voice(config), Runtime.getRuntime().availableProcessors())
                .narrate(script, done -> { });
        telemetry.note("speechCache", java.util.Map.of("hits", engine.hits(), "misses", engine.misses()));
        return narration;
    }

    private Void addAvatar(List<Layer> layers, VideoFormat format) {
        if (config.flag("avatar.enabled")) {
            layers.add(new PlaceholderAvatar(format));
        }
        return null;
    }

    private <T> T stage(Telemetry telemetry, String name, StageBody<T> body) throws IOException, InterruptedException {
        progress.stageStarted(name);
        long start = System.nanoTime();
        try {
            return telemetry.stage(name, body);
        } catch (IOException | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(name + " failed: " + e.getMessage(), e);
        } finally {
            progress.stageFinished(name, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
