package dev.scriptcast.pipeline;

import dev.scriptcast.audio.AudioMixer;
import dev.scriptcast.audio.Mix;
import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.avatar.AvatarLayer;
import dev.scriptcast.avatar.AvatarReport;
import dev.scriptcast.avatar.AvatarSettings;
import dev.scriptcast.avatar.Avatars;
import dev.scriptcast.captions.CaptionWriter;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.RenderedVideo;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.compose.VideoRenderer;
import dev.scriptcast.config.ConfigLoader;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.lipsync.LipSyncModel;
import dev.scriptcast.lipsync.LipSyncSetup;
import dev.scriptcast.lipsync.NeuralAvatar;
import dev.scriptcast.script.Script;
import dev.scriptcast.script.ScriptParser;
import dev.scriptcast.speech.CachedSpeechEngine;
import dev.scriptcast.speech.MaryEngine;
import dev.scriptcast.speech.Narration;
import dev.scriptcast.speech.Narrator;
import dev.scriptcast.speech.SpeechEngine;
import dev.scriptcast.speech.SpeechEngines;
import dev.scriptcast.speech.VoiceSettings;
import dev.scriptcast.telemetry.MetricsWriter;
import dev.scriptcast.telemetry.RunMetrics;
import dev.scriptcast.telemetry.StageBody;
import dev.scriptcast.telemetry.Telemetry;
import dev.scriptcast.compose.Encoders;
import dev.scriptcast.visual.Background;
import dev.scriptcast.visual.Backgrounds;
import dev.scriptcast.visual.CaptionLayer;
import dev.scriptcast.visual.Layout;
import dev.scriptcast.visual.Visualizers;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole render in one place: each stage is a call from one immutable result to the next, wrapped by
 * telemetry so no stage times itself.
 *
 * <pre>
 * script_parsing     Path            → Script + checked inputs (output path, engine, background)
 * tts_generation     Script          → Narration (audio, word and phoneme timelines)
 * audio_mixing       Narration       → Mix (48 kHz, music ducked, loudness-normalised and measured)
 * avatar_generation  Narration       → avatar Layer (visemes, drawn presenter or photo; with a lip-sync model the
 *                                      neural avatar, whose inference starts here and runs ahead of composition)
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
            Inputs in = stage(telemetry, "script_parsing", this::readInputs);
            try {
                config.notices().forEach(progress::notice);
                List<String> unavailable = Features.unavailable(config);
                unavailable.forEach(f -> progress.notice(f + ": not available yet"));
                telemetry.note("notAvailable", unavailable);
                telemetry.stageDevice("tts_generation", "cpu", in.engine().name(), null);

                Narration speech = stage(telemetry, "tts_generation", () -> speak(in, telemetry));
                Mix mixed = stage(telemetry, "audio_mixing", () -> new AudioMixer().mix(speech.audio(),
                        Settings.mix(config)));
                telemetry.note("audio", Map.of("integratedLufs", mixed.integratedLufs(),
                        "truePeakDbtp", mixed.truePeakDbtp(), "musicDuckDb", mixed.musicDuckDb(),
                        "sampleRate", mixed.audio().sampleRate()));
                PcmAudio mix = mixed.audio();
                List<Layer> layers = new ArrayList<>(List.of(in.background().layer()));
                NeuralAvatar lipSync = stage(telemetry, "avatar_generation", () -> addAvatar(layers, in, speech,
                        telemetry, in.format().frameCount(mix.durationMs())));
                telemetry.note("background", in.background().info());
                telemetry.note("regions", in.layout());
                RenderedVideo video;
                try {
                    video = stage(telemetry, "video_composition", () -> VideoRenderer.render(
                            in.format(), withOverlays(layers, in, speech, mix), mix, Settings.encode(config),
                            in.files().temp(), progress::frames));
                } finally {
                    if (lipSync != null) {
                        lipSync.close();
                    }
                }
                if (lipSync != null) {
                    telemetry.note("lipsync", LipSyncSetup.report(lipSync.stats(), in.lipSync().get().path()));
                }
                in.files().commit();
                if (config.flag("captions.files")) {
                    CaptionWriter.write(speech.words(), in.files().sibling(".srt"), in.files().sibling(".vtt"));
                }
                telemetry.note("encoder", video.encoder());
                telemetry.note("composition", video.timing());
                telemetry.stageDevice("video_composition", video.encoder().used().contains("nvenc") ? "nvenc" : "cpu",
                        video.encoder().used(), video.encoder().reason());
                String decoder = in.background().info().decoder();
                if (decoder != null && decoder.endsWith("_cuvid")) {
                    telemetry.stageUses("video_composition", "nvdec", decoder);
                }
                if (lipSync != null && lipSync.stats().provider().equals("CUDA")) {
                    telemetry.stageUses("video_composition", "cuda", "lip-sync model, ONNX Runtime CUDA");
                }
                telemetry.note("video", Map.of("width", in.format().width(), "height", in.format().height(),
                        "fps", in.format().fps(), "frames", video.frames(), "durationMs", mix.durationMs()));
                RunMetrics metrics = telemetry.finish();
                MetricsWriter.write(in.files().reportDir(), RunInfo.describe(request, in.files(), config), metrics);
                return new RenderResult(in.files().output(), in.files().reportDir(), mix.durationMs(), video.frames(),
                        metrics);
            } finally {
                in.files().discard();
                in.lipSync().ifPresent(LipSyncModel::close);
            }
        }
    }

    /** Everything checked before any slow work, so bad input fails fast with one line. */
    private record Inputs(Script script, OutputFiles files, VideoFormat format, SpeechEngine engine,
                          VoiceSettings voice, Background background, Layout layout, List<Color> visualizerColors,
                          Optional<LipSyncModel> lipSync) {}

    private Inputs readInputs() {
        Script script = new ScriptParser(config.integer("speech.paragraph_pause_ms")).parse(request.script());
        ConfigLoader.applyFrontMatter(request.script(), script.frontMatter(), config);
        OutputFiles files = OutputFiles.resolve(request.script(), config);
        VideoFormat format = Settings.videoFormat(config);
        SpeechEngine engine = SpeechEngines.create(config.string("speech.engine"));
        VoiceSettings voice = SpeechEngines.resolveVoice(engine, Settings.voice(config));
        AudioMixer.check(Settings.mix(config));
        Background background = Backgrounds.open(config.string("background.source"), format,
                config.flag("background.kenburns"));
        Encoders.candidates(config.string("video.encoder"));
        Visualizers.checkStyle(config.string("visualizer.style"));
        List<Color> colors = config.strings("visualizer.colors") == null ? Visualizers.DEFAULT_COLORS
                : Visualizers.parseColors(config.strings("visualizer.colors"), "visualizer.colors");
        Layout layout = Layout.forFormat(format, config.flag("avatar.enabled"), config.flag("visualizer.enabled"),
                config.flag("captions.burn"));
        return new Inputs(script, files, format, engine, voice, background, layout, colors,
                LipSyncSetup.loadModel(config));
    }

    /** The visualiser just above the background, burned-in captions on top of everything. */
    private List<Layer> withOverlays(List<Layer> layers, Inputs in, Narration speech, PcmAudio mix) {
        List<Layer> all = new ArrayList<>(layers);
        if (config.flag("visualizer.enabled")) {
            all.add(1, Visualizers.create(config.string("visualizer.style"), in.visualizerColors(), mix, in.format(),
                    in.layout().visualizer()));
        }
        if (config.flag("captions.burn")) {
            all.add(new CaptionLayer(speech.words(), in.format(), in.layout().captions()));
        }
        return all;
    }

    private Narration speak(Inputs in, Telemetry telemetry) throws Exception {
        var engine = new CachedSpeechEngine(in.engine(), WorkDir.of(config).resolve("speech"));
        Narration narration = new Narrator(engine, in.voice(), Runtime.getRuntime().availableProcessors())
                .narrate(in.script(), done -> { });
        telemetry.note("speechCache", java.util.Map.of("hits", engine.hits(), "misses", engine.misses()));
        return narration;
    }

    /** The neural avatar when a lip-sync model is given (returned so its threads can be stopped), else the drawn one. */
    private NeuralAvatar addAvatar(List<Layer> layers, Inputs in, Narration speech, Telemetry telemetry,
                                   int frameCount) {
        if (in.lipSync().isPresent()) {
            NeuralAvatar avatar = LipSyncSetup.start(in.lipSync().get(), config, in.format(), speech.audio(),
                    frameCount);
            layers.add(avatar);
            return avatar;
        }
        AvatarSettings settings = Settings.avatar(config);
        if (settings.enabled()) {
            AvatarLayer avatar = Avatars.create(settings, speech.phonemes(), speech.words(), in.format(),
                    in.layout().avatar());
            layers.add(avatar);
            telemetry.note("layout", AvatarReport.layout(avatar));
            telemetry.note("visemes", AvatarReport.visemes(avatar));
        }
        return null;
    }

    private <T> T stage(Telemetry telemetry, String name, StageBody<T> body) throws IOException, InterruptedException {
        progress.stageStarted(name);
        long start = System.nanoTime();
        try {
            T result = telemetry.stage(name, body);
            progress.stageFinished(name, (System.nanoTime() - start) / 1_000_000);
            return result;
        } catch (IOException | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(name + " failed: " + e.getMessage(), e);
        }
    }
}
