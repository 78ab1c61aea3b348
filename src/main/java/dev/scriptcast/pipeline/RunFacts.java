package dev.scriptcast.pipeline;

import dev.scriptcast.audio.Mix;
import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.avatar.AvatarLayer;
import dev.scriptcast.avatar.neural.LipSyncStats;
import dev.scriptcast.compose.Container;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.RenderTiming;
import dev.scriptcast.compose.RenderedVideo;
import dev.scriptcast.telemetry.Fact;
import dev.scriptcast.telemetry.LayoutRect;
import dev.scriptcast.telemetry.Telemetry;
import dev.scriptcast.visual.BackgroundInfo;
import java.nio.file.Path;

/** What a finished render tells the report: sound, picture, encoder, and which devices did the work. */
final class RunFacts {
    private RunFacts() {}

    static void record(Telemetry telemetry, RenderInputs in, Mix mix, PcmAudio soundtrack, RenderedVideo video,
                       AvatarPart avatar) {
        telemetry.fact(new Fact.Audio(mix.integratedLufs(), mix.truePeakDbtp(), mix.musicDuckDb(),
                soundtrack.sampleRate(), soundtrack.channels(), soundtrack.durationMs()));
        telemetry.fact(new Fact.Video(in.format().width(), in.format().height(), in.format().fps(), video.frames(),
                soundtrack.durationMs(), Container.forPath(in.files().output()).muxer()));
        BackgroundInfo background = in.background().info();
        telemetry.fact(new Fact.Background(background.kind(), background.source(), background.decoder(),
                background.reason()));
        telemetry.fact(new Fact.Layout(in.layout().captions() == null ? null : rect(in.layout().captions()),
                in.layout().visualizer() == null ? null : rect(in.layout().visualizer())));
        telemetry.fact(new Fact.Encoder(video.encoder().requested(), video.encoder().used(), video.encoder().reason()));
        RenderTiming timing = video.timing();
        telemetry.fact(new Fact.Composition(timing.producers(), timing.composeMs(), timing.encodeMs(),
                timing.waitForFramesMs()));
        telemetry.stageDevice("video_composition", video.encoder().used().contains("nvenc") ? "nvenc" : "cpu",
                video.encoder().used(), video.encoder().reason());
        String decoder = background.decoder();
        if (decoder != null && decoder.endsWith("_cuvid")) {
            telemetry.stageUses("video_composition", "nvdec", decoder);
        }
        avatar.neural().ifPresent(neural -> {
            telemetry.fact(new Fact.Avatar("neural", rect(in.layout().avatar()), null, java.util.List.of()));
            telemetry.fact(lipSync(neural.stats(), in.lipSync().orElseThrow().path()));
            if (neural.stats().provider().equals("CUDA")) {
                telemetry.stageUses("video_composition", "cuda", "lip-sync model, ONNX Runtime CUDA");
            }
        });
    }

    /** The drawn or photo presenter: the one rectangle it occupies, its mouth box and its mouth-shape track. */
    static Fact.Avatar avatar(String kind, AvatarLayer drawn) {
        return new Fact.Avatar(kind, rect(drawn.avatarBox()), rect(drawn.mouthBox()), drawn.visemes().items().stream()
                .map(t -> new Fact.VisemeAt(t.startMs(), t.value().name())).toList());
    }

    private static Fact.LipSync lipSync(LipSyncStats stats, Path model) {
        return new Fact.LipSync(model.toString(), stats.provider(), stats.providerReason(), stats.batchSize(),
                stats.frames(), Math.round(stats.framesPerSecond() * 10) / 10.0,
                Math.round(stats.modelFramesPerSecond() * 10) / 10.0);
    }

    private static LayoutRect rect(Rect r) {
        return new LayoutRect(r.x(), r.y(), r.w(), r.h());
    }
}
