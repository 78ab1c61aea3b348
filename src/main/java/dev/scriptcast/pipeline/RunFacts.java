package dev.scriptcast.pipeline;

import dev.scriptcast.avatar.AvatarLayer;
import dev.scriptcast.avatar.neural.LipSyncStats;
import dev.scriptcast.compose.Container;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.RenderTiming;
import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.compose.EncoderChoice;
import dev.scriptcast.segment.SegmentRenderer;
import dev.scriptcast.speech.onnx.ModelVoiceEngine;
import dev.scriptcast.speech.onnx.ModelVoiceStats;
import dev.scriptcast.timeline.Timeline;
import java.io.IOException;
import java.util.List;
import dev.scriptcast.telemetry.Fact;
import dev.scriptcast.telemetry.LayoutRect;
import dev.scriptcast.telemetry.Telemetry;
import dev.scriptcast.visual.BackgroundInfo;
import java.nio.file.Path;

/** What a finished render tells the report: sound, picture, encoder, and which devices did the work. */
final class RunFacts {
    private RunFacts() {}

    static void record(Telemetry telemetry, RenderInputs in, Fact.Audio sound, EncoderChoice encoder,
                       List<SegmentRenderer.Rendered> segments, SegmentLayers layers) throws IOException {
        long durationMs = sound.durationMs();
        int frames = segments.stream().mapToInt(SegmentRenderer.Rendered::frames).sum();
        telemetry.fact(sound);
        telemetry.fact(new Fact.Video(in.format().width(), in.format().height(), in.format().fps(), frames,
                durationMs, Container.forPath(in.files().output()).muxer()));
        telemetry.fact(new Fact.Segments(segments.stream().map(s -> new Fact.SegmentRun(s.index(),
                in.format().timeMs(s.startFrame()), in.format().timeMs(s.startFrame() + s.frames()), s.frames(),
                s.reused(), s.wallMs())).toList()));
        BackgroundInfo background = in.background().info();
        telemetry.fact(new Fact.Background(background.kind(), background.source(), background.decoder(),
                background.reason()));
        telemetry.fact(new Fact.Layout(in.layout().captions() == null ? null : rect(in.layout().captions()),
                in.layout().visualizer() == null ? null : rect(in.layout().visualizer())));
        telemetry.fact(new Fact.Encoder(encoder.requested(), encoder.used(), encoder.reason()));
        List<RenderTiming> timings = segments.stream().map(SegmentRenderer.Rendered::timing)
                .filter(java.util.Objects::nonNull).toList();
        if (!timings.isEmpty()) {
            telemetry.fact(new Fact.Composition(timings.stream().mapToInt(RenderTiming::producers).max().orElse(0),
                    timings.stream().mapToLong(RenderTiming::composeMs).sum(),
                    timings.stream().mapToLong(RenderTiming::encodeMs).sum(),
                    timings.stream().mapToLong(RenderTiming::waitForFramesMs).sum()));
        }
        telemetry.stageDevice("video_composition", encoder.used().contains("nvenc") ? "nvenc" : "cpu",
                encoder.used(), encoder.reason());
        String decoder = background.decoder();
        if (decoder != null && decoder.endsWith("_cuvid")) {
            telemetry.stageUses("video_composition", "nvdec", decoder);
        }
        if (layers.sampleAvatar() != null) {
            boolean photo = Settings.avatar(layers.config()).image() != null && !in.cast().dialogue();
            telemetry.fact(avatar(photo ? "photo" : "drawn",
                    layers.sampleAvatar(), layers.visemes()));
        }
        if (in.engine() instanceof ModelVoiceEngine voice) {
            telemetry.fact(voiceModel(voice.stats()));
            if ("CUDA".equals(voice.stats().provider())) {
                telemetry.stageUses("tts_generation", "cuda", voice.name() + " voice model, ONNX Runtime CUDA");
            }
        }
        layers.neuralStats().ifPresent(stats -> {
            telemetry.fact(new Fact.Avatar("neural", rect(in.layout().avatar()), null, List.of()));
            telemetry.fact(lipSync(stats, in.lipSync().orElseThrow().get().model().path()));
            if (stats.provider().equals("CUDA")) {
                telemetry.stageUses("video_composition", "cuda", "lip-sync model, ONNX Runtime CUDA");
            }
        });
    }

    /** The drawn or photo presenter: the one rectangle it occupies, its mouth box and its mouth-shape track. */
    static Fact.Avatar avatar(String kind, AvatarLayer drawn, Timeline<MouthShape> visemes) {
        return new Fact.Avatar(kind, rect(drawn.avatarBox()), rect(drawn.mouthBox()), visemes.items().stream()
                .map(t -> new Fact.VisemeAt(t.startMs(), t.value().name())).toList());
    }

    static Fact.VoiceModel voiceModel(ModelVoiceStats s) {
        return new Fact.VoiceModel(s.engine(), s.model().toString(), s.provider(), s.providerReason(), s.timings(),
                s.skippedPhonemes());
    }

    private static Fact.LipSync lipSync(LipSyncStats stats, Path model) {
        return new Fact.LipSync(model.toString(), stats.provider(), stats.providerReason(), stats.batchSize(),
                stats.frames(), Math.round(stats.framesPerSecond() * 10) / 10.0,
                Math.round(stats.modelFramesPerSecond() * 10) / 10.0, steps(stats.steps()));
    }

    private static Fact.LipSyncSteps steps(LipSyncStats.Steps s) {
        return new Fact.LipSyncSteps(ms(s.melMs()), ms(s.cropMs()), ms(s.modelMs()), ms(s.unpackMs()),
                ms(s.pasteMs()), ms(s.producerWaitMs()), ms(s.composerWaitMs()));
    }

    private static double ms(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static LayoutRect rect(Rect r) {
        return new LayoutRect(r.x(), r.y(), r.w(), r.h());
    }
}
