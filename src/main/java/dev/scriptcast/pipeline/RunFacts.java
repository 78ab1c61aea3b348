package dev.scriptcast.pipeline;

import dev.scriptcast.audio.Mix;
import dev.scriptcast.compose.Container;
import dev.scriptcast.compose.RenderedVideo;
import dev.scriptcast.avatar.neural.LipSyncSetup;
import dev.scriptcast.telemetry.Telemetry;
import java.util.Map;

/** What a finished render tells the report: sound, picture, encoder, and which devices did the work. */
final class RunFacts {
    private RunFacts() {}

    static void record(Telemetry telemetry, RenderInputs in, Mix mix, RenderedVideo video, AvatarPart avatar) {
        telemetry.note("audio", Map.of("integratedLufs", mix.integratedLufs(), "truePeakDbtp", mix.truePeakDbtp(),
                "musicDuckDb", mix.musicDuckDb(), "sampleRate", mix.audio().sampleRate(),
                "channels", mix.audio().channels()));
        telemetry.note("video", Map.of("width", in.format().width(), "height", in.format().height(),
                "fps", in.format().fps(), "frames", video.frames(), "durationMs", mix.audio().durationMs(),
                "container", Container.forPath(in.files().output()).muxer()));
        telemetry.note("background", in.background().info());
        telemetry.note("regions", in.layout());
        telemetry.note("encoder", video.encoder());
        telemetry.note("composition", video.timing());
        telemetry.stageDevice("video_composition", video.encoder().used().contains("nvenc") ? "nvenc" : "cpu",
                video.encoder().used(), video.encoder().reason());
        String decoder = in.background().info().decoder();
        if (decoder != null && decoder.endsWith("_cuvid")) {
            telemetry.stageUses("video_composition", "nvdec", decoder);
        }
        avatar.neural().ifPresent(neural -> {
            telemetry.note("lipsync", LipSyncSetup.report(neural.stats(), in.lipSync().orElseThrow().path()));
            if (neural.stats().provider().equals("CUDA")) {
                telemetry.stageUses("video_composition", "cuda", "lip-sync model, ONNX Runtime CUDA");
            }
        });
    }
}
