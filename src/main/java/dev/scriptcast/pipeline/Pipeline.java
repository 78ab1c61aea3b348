package dev.scriptcast.pipeline;

import dev.scriptcast.audio.AudioMixer;
import dev.scriptcast.audio.Mix;
import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.audio.PcmFile;
import dev.scriptcast.audio.Resampling;
import dev.scriptcast.avatar.AvatarLayer;
import dev.scriptcast.avatar.AvatarSettings;
import dev.scriptcast.avatar.Avatars;
import dev.scriptcast.captions.CaptionWriter;
import dev.scriptcast.compose.Container;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.RenderedVideo;
import dev.scriptcast.compose.VideoRenderer;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.avatar.neural.LipSyncSetup;
import dev.scriptcast.avatar.neural.NeuralAvatar;
import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.speech.CachedSpeechEngine;
import dev.scriptcast.speech.Narration;
import dev.scriptcast.speech.Narrator;
import dev.scriptcast.telemetry.Fact;
import dev.scriptcast.telemetry.MetricsWriter;
import dev.scriptcast.telemetry.RunMetrics;
import dev.scriptcast.telemetry.StageBody;
import dev.scriptcast.telemetry.Telemetry;
import dev.scriptcast.visual.CaptionLayer;
import dev.scriptcast.visual.Visualizers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The whole render in one place: each stage is a call from one immutable result to the next, wrapped by
 * telemetry so no stage times itself.
 *
 * <pre>
 * script_parsing     script file     → RenderInputs (Script, output files, engine, background, layout, model)
 * tts_generation     Script          → Narration (audio, word and phoneme timelines), one span per paragraph and
 *                                      one for starting the engine if a paragraph not in the cache needs it
 * audio_mixing       Narration       → Mix (48 kHz, music ducked, loudness-normalised and measured)
 * avatar_generation  Narration       → AvatarPart (drawn presenter or photo from visemes; with a lip-sync model
 *                                      the neural avatar, whose inference starts here and runs ahead)
 * video_composition  layers + mix    → MP4 (frames streamed to the encoder, renamed into place when complete)
 * </pre>
 */
final class Pipeline {
    private final RenderRequest request;
    private final ProgressListener progress;
    private final ConfigValues config;
    private final List<String> notices = new CopyOnWriteArrayList<>();

    Pipeline(RenderRequest request, ProgressListener progress) {
        this.request = request;
        this.progress = progress;
        this.config = request.config().copy();
    }

    RenderResult run() throws IOException, InterruptedException {
        try (Telemetry telemetry = Telemetry.start(config.integer("report.sample_interval_ms"));
             RenderInputs in = stage(telemetry, "script_parsing", () -> RenderInputs.read(request, config,
                     threads(telemetry)))) {
            announce(in, telemetry);
            Narration speech = stage(telemetry, "tts_generation", () -> speak(in, telemetry));
            Path mixes = Files.createDirectories(WorkDir.of(config).resolve("mix"));
            Path mixDir = Files.createTempDirectory(mixes, "render");
            Mix mix;
            PcmAudio soundtrack;
            try {
                // Mixed in files of this render's own; the later stages still take the soundtrack in memory.
                mix = stage(telemetry, "audio_mixing", () -> new AudioMixer().mix(Resampling.toFile(speech.audio(),
                        PcmFile.create(mixDir, "narration", AudioMixer.SAMPLE_RATE, 1)), Settings.mix(config), mixDir));
                soundtrack = mix.audio().readAll();
            } finally {
                OutputFiles.deleteTree(mixDir);
            }
            AvatarPart avatar = stage(telemetry, "avatar_generation", () -> avatar(in, speech, soundtrack, telemetry));
            RenderedVideo video;
            try (avatar) {
                video = stage(telemetry, "video_composition", () -> VideoRenderer.render(in.format(),
                        layers(in, speech, soundtrack, avatar), soundtrack, Settings.encode(config),
                        Container.forPath(in.files().output()), in.files().temp(), progress::frames,
                        threads(telemetry), this::notice));
            }
            OutputFiles files = in.files();
            if (config.flag("captions.files")) {
                CaptionWriter.write(speech.words(), files.staged(files.sibling(".srt")),
                        files.staged(files.sibling(".vtt")));
            }
            RunFacts.record(telemetry, in, mix, soundtrack, video, avatar);
            telemetry.fact(new Fact.Notices(notices));
            RunMetrics metrics = telemetry.finish();
            MetricsWriter.write(files.staged(files.reportDir()), RunInputs.describe(request, files, config), metrics);
            files.commit();
            return new RenderResult(in.files().output(), in.files().reportDir(), soundtrack.durationMs(),
                    video.frames(), metrics);
        }
    }

    private void announce(RenderInputs in, Telemetry telemetry) {
        config.notices().forEach(this::notice);
        telemetry.stageDevice("tts_generation", "cpu", in.engine().name(), null);
    }

    /** Tells the user now and keeps it for the report. */
    private void notice(String message) {
        notices.add(message);
        progress.notice(message);
    }

    private Narration speak(RenderInputs in, Telemetry telemetry) throws Exception {
        var cached = new CachedSpeechEngine(new SpannedEngineStart(in.engine(), telemetry),
                WorkDir.of(config).resolve("speech"));
        int paragraphs = in.script().paragraphs().size();
        progress.speech(0, paragraphs);
        Narration narration = new Narrator(new SpannedSpeechEngine(cached, telemetry), in.voice(),
                threads(telemetry)).narrate(in.script(), done -> progress.speech(done, paragraphs));
        telemetry.fact(new Fact.SpeechCache(cached.hits(), cached.misses()));
        return narration;
    }

    /** The neural avatar when a lip-sync model is given, else the drawn presenter or photo, else none. */
    private AvatarPart avatar(RenderInputs in, Narration speech, PcmAudio soundtrack, Telemetry telemetry) {
        if (in.lipSync().isPresent()) {
            NeuralAvatar neural = LipSyncSetup.start(in.lipSync().get(), config, in.format(), in.layout().avatar(),
                    speech.audio(), in.format().frameCount(soundtrack.durationMs()), threads(telemetry));
            return new AvatarPart(Optional.of(neural), Optional.of(neural));
        }
        AvatarSettings settings = Settings.avatar(config);
        if (!settings.enabled()) {
            return AvatarPart.none();
        }
        AvatarLayer drawn = Avatars.create(settings, speech.phonemes(), speech.words(), in.format(),
                in.layout().avatar());
        telemetry.fact(RunFacts.avatar(settings.image() == null ? "drawn" : "photo", drawn));
        return new AvatarPart(Optional.of(drawn), Optional.empty());
    }

    /** Bottom to top: background, visualiser, avatar, burned-in captions. */
    private List<Layer> layers(RenderInputs in, Narration speech, PcmAudio soundtrack, AvatarPart avatar) {
        List<Layer> layers = new ArrayList<>(List.of(in.background().layer()));
        if (config.flag("visualizer.enabled")) {
            layers.add(Visualizers.create(config.string("visualizer.style"), in.visualizerColors(), soundtrack,
                    in.format(), in.layout().visualizer()));
        }
        avatar.layer().ifPresent(layers::add);
        if (config.flag("captions.burn")) {
            layers.add(new CaptionLayer(speech.words(), in.format(), in.layout().captions()));
        }
        return layers;
    }

    /** The render's thread budget, on threads whose CPU time counts as this render's own. */
    private ThreadBudget threads(Telemetry telemetry) {
        return new ThreadBudget(request.threads(), telemetry.threads().factory(Thread.ofPlatform().factory()));
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
