import dev.scriptcast.telemetry.MetricsWriter;
import dev.scriptcast.telemetry.RunMetrics;
import dev.scriptcast.telemetry.Telemetry;
import java.nio.file.Path;
import java.util.Map;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * Decodes one H.264 clip three ways under telemetry, so the report shows NVML's view of each: an idle stage,
 * a stage decoding with NVDEC (h264_cuvid) and a stage decoding on the CPU, each for a fixed wall time.
 * Usage: NvdecCheck CLIP.mp4 REPORT_DIR [SECONDS]
 */
public final class NvdecCheck {
    public static void main(String[] args) throws Exception {
        Path clip = Path.of(args[0]);
        Path reportDir = Path.of(args[1]);
        long seconds = args.length > 2 ? Long.parseLong(args[2]) : 4;
        try (Telemetry t = Telemetry.start(50)) {
            t.stage("idle", () -> {
                Thread.sleep(1500);
                return null;
            });
            t.stageDevice("nvdec_decode", "nvdec", "h264_cuvid", null);
            long gpuFrames = -1;
            try {
                gpuFrames = t.stage("nvdec_decode", () -> decode(clip, "h264_cuvid", seconds));
            } catch (Exception e) {
                System.out.println("h264_cuvid: " + e.getMessage());
            }
            t.stageDevice("cpu_decode", "cpu", "h264", null);
            long cpuFrames = t.stage("cpu_decode", () -> decode(clip, null, seconds));
            t.stage("idle_after", () -> {
                Thread.sleep(1500);
                return null;
            });
            RunMetrics m = t.finish();
            MetricsWriter.write(reportDir, Map.of("clip", clip.toString()), m);
            System.out.printf("nvdec: %d frames in %d s, cpu: %d frames in %d s%n", gpuFrames, seconds, cpuFrames,
                    seconds);
        }
    }

    /**
     * Decodes the clip for {@code seconds}, seeking back to the start at its end (one decoder for the whole stage,
     * so the count is not dominated by opening it); returns the frames decoded.
     */
    private static long decode(Path clip, String decoder, long seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long frames = 0;
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(clip.toFile())) {
            if (decoder != null) {
                g.setVideoCodecName(decoder);
            }
            g.start();
            while (System.nanoTime() < end) {
                Frame f = g.grabImage();
                if (f == null) {
                    g.setTimestamp(0);
                } else {
                    frames++;
                }
            }
        }
        return frames;
    }
}
