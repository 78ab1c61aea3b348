package dev.scriptcast.telemetry;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of the CPU, the video encoder or the GPU bounded a render, read from its critical path, the composition's
 * waits and our share of the GPU. When the picture was ready before the sound, the video's hardware did not decide
 * the wall time: the stage on the critical path that took longest did. When it was ready after, the composition's
 * waits tell the encoder from the work that feeds it.
 */
final class Bottleneck {
    /** Our SM utilisation above which the GPU, not what feeds it, sets the pace. */
    private static final double GPU_BUSY_PERCENT = 80;

    private Bottleneck() {
    }

    static String of(RunMetrics m) {
        if (!pictureLast(m.stages()) && !m.criticalPath().stages().contains("video_composition")) {
            Optional<StageMetrics> longest = m.stages().stream()
                    .filter(s -> m.criticalPath().stages().contains(s.name()))
                    .max(Comparator.comparingLong(StageMetrics::wallMs));
            return longest.map(s -> "the CPU: the picture was ready before the sound, and " + s.name() + " took "
                    + seconds(s.wallMs()) + " of the critical path" + gpuShare(m)).orElse("nothing measured");
        }
        Fact.Composition c = m.facts().composition();
        if (c == null) {
            return "video_composition" + gpuShare(m);
        }
        if (c.waitForFramesMs() * 2 < c.encodeMs()) {
            return "the video encoder (" + (m.run().encoder() == null ? "" : m.run().encoder()) + ")" + gpuShare(m);
        }
        double sm = compositionSm(m);
        Fact.LipSync lipSync = m.facts().lipSync();
        if (lipSync != null && "CUDA".equals(lipSync.provider()) && sm >= GPU_BUSY_PERCENT) {
            return "the GPU: the lip-sync model kept it " + Math.round(sm) + " % busy";
        }
        return "the CPU: drawing the frames" + (lipSync == null ? "" : " and preparing lip-sync") + gpuShare(m);
    }

    /**
     * Whether the video was finished after the sound: muxing, which needs both, then waited for the picture, though
     * the chain of stages that end one after another runs through the mix.
     */
    static boolean pictureLast(List<StageMetrics> stages) {
        Optional<StageMetrics> video = stages.stream().filter(s -> s.name().equals("video_composition")).findFirst();
        Optional<StageMetrics> sound = stages.stream().filter(s -> s.name().equals("audio_mixing")).findFirst();
        return video.isPresent() && sound.isPresent() && video.get().endMs() > sound.get().endMs();
    }

    private static double compositionSm(RunMetrics m) {
        return m.stages().stream().filter(s -> s.name().equals("video_composition") && s.gpu() != null)
                .mapToDouble(s -> s.gpu().processUtilAvg()).findFirst().orElse(0);
    }

    private static String gpuShare(RunMetrics m) {
        if (m.facts().lipSync() == null || !"CUDA".equals(m.facts().lipSync().provider())) {
            return "";
        }
        return String.format(Locale.ROOT, "; the lip-sync model kept our share of the GPU at %.0f %% SM in "
                + "video_composition", compositionSm(m));
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.2f s", ms / 1000.0);
    }
}
