package dev.scriptcast.pipeline;

import dev.scriptcast.audio.PcmFile;
import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.cache.CacheFolder;
import dev.scriptcast.cache.CacheKind;
import dev.scriptcast.captions.CaptionWriter;
import dev.scriptcast.compose.Container;
import dev.scriptcast.compose.EncodeSettings;
import dev.scriptcast.compose.EncoderChoice;
import dev.scriptcast.compose.SegmentJoiner;
import dev.scriptcast.compose.VideoRenderer;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.segment.Segment;
import dev.scriptcast.segment.SegmentPlanner;
import dev.scriptcast.segment.SegmentQueue;
import dev.scriptcast.segment.SegmentRenderer;
import dev.scriptcast.speech.CachedSpeechEngine;
import dev.scriptcast.speech.Narrator;
import dev.scriptcast.speech.Voices;
import java.util.ArrayList;
import dev.scriptcast.telemetry.Fact;
import dev.scriptcast.telemetry.MetricsWriter;
import dev.scriptcast.telemetry.RunMetrics;
import dev.scriptcast.telemetry.StageBody;
import dev.scriptcast.telemetry.Telemetry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The whole render in one place: each stage is a call from one immutable result to the next, wrapped by
 * telemetry so no stage times itself.
 *
 * <pre>
 * script_parsing     script file    → RenderInputs (Script, output files, engine, background, layout, model)
 * tts_generation     sentences      → spoken sentences, in order, each cached on its own; they are cut into
 *                                     segments of 5–20 s ({@link SegmentPlanner}) whose sound goes to narration.f32
 * video_composition  segments       → one encoded file per segment, several at once, from the first segment on
 *                                     while later sentences are still being spoken; a segment in the cache is reused
 * audio_mixing       narration.f32  → a soundtrack file: mixed (48 kHz, music ducked, loudness-normalised, streamed
 *                                     through files) and encoded once, cached under a hash of the narration and the
 *                                     mix settings, so a render with the same narration copies it
 * muxing             segments + sound → the output: segments joined without re-encoding as they become ready (it
 *                                     starts once the soundtrack is ready, while the last segments may still
 *                                     render), the sound's packets copied
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
                     threads(telemetry)));
             RenderWork work = RenderWork.create(WorkDir.of(config))) {
            CacheFolder cache = new CacheFolder(WorkDir.of(config));
            config.notices().forEach(this::notice);
            telemetry.stageDevice("tts_generation", "cpu", in.engine().name(), null);
            Container container = Container.forPath(in.files().output());
            EncoderChoice encoder = VideoRenderer.chooseEncoder(in.format(), Settings.encode(config), container,
                    work.file("probe" + container.extension()), this::notice);
            int concurrent = SegmentQueue.concurrency(request.threads());
            EncodeSettings encode = Settings.encode(config).withEncoder(encoder.used())
                    .withThreads(Math.max(1, request.threads() / concurrent));
            SegmentLayers layers = new SegmentLayers(in, config, threads(telemetry));
            SegmentRenderer renderer = new SegmentRenderer(in.format(), encode, container,
                    cache.segments(),
                    SegmentLook.of(config, in.cast(), in.format(), encode, container), layers.absoluteTime(), layers,
                    this::notice);
            PcmFile narration = new PcmFile(work.file("narration.f32"), Segment.SAMPLE_RATE, 1);
            try (SegmentedRun run = new SegmentedRun(in, telemetry, renderer, narration, progress, concurrent,
                    threads(telemetry), Settings.mix(config).music() == null)) {
                return render(in, telemetry, work, cache, run, narration, container, encoder, layers);
            }
        }
    }

    /** The stages after the set-up, in the order of the table above. */
    private RenderResult render(RenderInputs in, Telemetry telemetry, RenderWork work, CacheFolder cache,
                                SegmentedRun run, PcmFile narration, Container container, EncoderChoice encoder,
                                SegmentLayers layers) throws IOException, InterruptedException {
        List<CachedSpeechEngine> caches = new ArrayList<>();
        Voices voices = in.voices().wrapped(engine -> {
            var cached = new CachedSpeechEngine(new SpannedEngineStart(engine, telemetry),
                    cache.folder(CacheKind.SPEECH));
            caches.add(cached);
            return new SpannedSpeechEngine(cached, telemetry);
        });
        stage(telemetry, "tts_generation", () -> run.speak(new Narrator(voices, threads(telemetry))));
        telemetry.fact(new Fact.SpeechCache(caches.stream().mapToInt(CachedSpeechEngine::hits).sum(),
                caches.stream().mapToInt(CachedSpeechEngine::misses).sum()));
        Soundtracks soundtracks = new Soundtracks(cache.soundtracks(), Settings.mix(config), container,
                request.threads(), threads(telemetry).named("mix", true));
        Soundtracks.Soundtrack sound = stage(telemetry, "audio_mixing", () -> soundtracks.make(narration,
                run.narrationDigest(), run.loudness(), work.dir()));
        OutputFiles files = in.files();
        try {
            stage(telemetry, "muxing", () -> SegmentJoiner.join(run.files(), sound.file(), container, files.temp()));
        } catch (SegmentQueue.SegmentFailed e) {
            run.composed();
            throw e;
        }
        List<SegmentRenderer.Rendered> segments = run.composed();
        if (config.flag("captions.files")) {
            CaptionWriter.write(run.words(), files.staged(files.sibling(".srt")),
                    files.staged(files.sibling(".vtt")), config.flag("captions.speaker_names"));
        }
        RunFacts.record(telemetry, in, sound.facts(), encoder, segments, layers);
        telemetry.fact(new Fact.Notices(notices));
        RunMetrics metrics = telemetry.finish();
        MetricsWriter.write(files.staged(files.reportDir()), RunInputs.describe(request, files, config), metrics);
        files.commit();
        WorkDir.enforceMaxSize(config);
        return new RenderResult(files.output(), files.reportDir(), sound.facts().durationMs(), run.frames(),
                metrics);
    }

    /** Tells the user now and keeps it for the report. */
    private void notice(String message) {
        notices.add(message);
        progress.notice(message);
    }

    /** The render's thread budget, on threads whose CPU time counts as this render's own. */
    private ThreadBudget threads(Telemetry telemetry) {
        return new ThreadBudget(request.threads(), telemetry.threads().factory(Thread.ofPlatform().factory()));
    }

    private <T> T stage(Telemetry telemetry, String name, StageBody<T> body) throws IOException, InterruptedException {
        return stage(telemetry, progress, name, body);
    }

    static <T> T stage(Telemetry telemetry, ProgressListener progress, String name, StageBody<T> body)
            throws IOException, InterruptedException {
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
