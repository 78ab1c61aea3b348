import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.compose.EncodeSettings;
import dev.scriptcast.compose.FrameProgress;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.compose.VideoRenderer;
import dev.scriptcast.visual.Backgrounds;
import dev.scriptcast.visual.Layout;
import dev.scriptcast.visual.Visualizers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Peak resident memory of one streaming render of MINUTES of synthetic sound at 1280x720 (gradient and
 * bars, libx264 ultrafast), to compare a short and a long video:
 * java -Xmx2g -cp 'target/scriptcast.jar:target/lib/*' bench/Memory.java MINUTES OUT.mp4
 */
public class Memory {
    public static void main(String[] args) throws Exception {
        int minutes = Integer.parseInt(args[0]);
        int rate = 24_000;
        float[] samples = new float[minutes * 60 * rate];
        Random noise = new Random(1);
        for (int i = 0; i < samples.length; i++) {
            double burst = (i / (rate / 2)) % 2;
            samples[i] = (float) (0.1 * burst * Math.sin(i * 0.05) + 0.01 * noise.nextGaussian());
        }
        PcmAudio audio = new PcmAudio(samples, rate);
        VideoFormat fmt = new VideoFormat(1280, 720, 30);
        Layout layout = Layout.forFormat(fmt, false, true, false);
        long start = System.nanoTime();
        VideoRenderer.render(fmt, List.of(Backgrounds.create("gradient", fmt),
                        Visualizers.create("bars", Visualizers.DEFAULT_COLORS, audio, fmt, layout.visualizer())),
                audio, new EncodeSettings("libx264", "ultrafast", 30, null), Path.of(args[1]), FrameProgress.NONE);
        String peak = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM: ?").replaceAll("\\s+", " ");
        System.out.printf("%d min: %s peak RSS (audio samples %d MB), %.1f s%n", minutes, peak,
                samples.length * 4L / 1_000_000, (System.nanoTime() - start) / 1e9);
    }
}
