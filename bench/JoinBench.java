import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.audio.PcmFile;
import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.compose.Container;
import dev.scriptcast.compose.EncodeSettings;
import dev.scriptcast.compose.JoinedVideo;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.SegmentJoiner;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.compose.VideoRenderer;
import dev.scriptcast.visual.Backgrounds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Segmented rendering's join step against the encoding it follows: renders SECONDS (default 100) of 1280x720,
 * 30 fps video (Ken Burns over the test portrait, libx264 veryfast, CRF 23) as 10 segments, each with its own
 * encoder, then joins them with SECONDS of 48 kHz stereo sound (a tone, so the AAC encoder has work) three times.
 * Prints the time of each segment encode, each join, and one single-pass render of the same frames with the sound
 * for comparison.
 * java --enable-native-access=ALL-UNNAMED -cp 'target/classes:target/lib/*' bench/JoinBench.java [SECONDS] [EXT]
 * (EXT: mp4, mkv or mov; webm would need VP9 segments)
 */
public class JoinBench {
    private static final VideoFormat FMT = new VideoFormat(1280, 720, 30);
    private static final int SEGMENTS = 10;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Container container = Container.forPath(Path.of("x." + (args.length > 1 ? args[1] : "mp4")));
        String ext = container.name().toLowerCase();
        Path dir = Files.createDirectories(Path.of("bench/out/join"));
        Path portrait = Path.of(System.getenv().getOrDefault("SCRIPTCAST_TEST_PORTRAIT",
                "target/test-data/astronaut.png"));
        EncodeSettings x264 = new EncodeSettings("libx264", "veryfast", 23, null);
        ThreadBudget threads = ThreadBudget.allCores();
        int total = seconds * FMT.fps();
        List<Path> segments = new ArrayList<>();
        long encodeMs = 0;
        System.out.printf("%d s of %dx%d at %d fps in %d segments, %s, %d cores%n", seconds, FMT.width(),
                FMT.height(), FMT.fps(), SEGMENTS, ext, Runtime.getRuntime().availableProcessors());
        Layer background = Backgrounds.open(portrait.toString(), FMT, true).layer();
        try (AutoCloseable ignored = closer(background)) {
            for (int s = 0; s < SEGMENTS; s++) {
                int first = (int) ((long) total * s / SEGMENTS);
                int frames = (int) ((long) total * (s + 1) / SEGMENTS) - first;
                Path file = dir.resolve("segment" + s + "." + ext);
                long start = System.nanoTime();
                VideoRenderer.renderSegment(FMT, List.of(background), first, frames, x264, container, file, null,
                        threads, notice -> { });
                long ms = (System.nanoTime() - start) / 1_000_000;
                encodeMs += ms;
                segments.add(file);
                System.out.printf("encode segment %d: %d frames, %d ms, %.1f MB%n", s, frames, ms,
                        Files.size(file) / 1e6);
            }
        }
        PcmAudio audio = tone(seconds);
        PcmFile sound = new PcmFile(dir.resolve("sound.f32"), 48_000, 2).write(audio);
        for (int run = 1; run <= 3; run++) {
            Path out = dir.resolve(".joined.partial");
            long start = System.nanoTime();
            JoinedVideo joined = SegmentJoiner.join(segments, sound, container, out);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("join %d: %d frames, %.1f s, %.1f MB in %d ms (%.1f %% of the %d ms encoding)%n", run,
                    joined.frames(), joined.durationMs() / 1000.0, joined.bytes() / 1e6, ms, 100.0 * ms / encodeMs,
                    encodeMs);
        }
        long start = System.nanoTime();
        VideoRenderer.render(FMT, List.of(Backgrounds.open(portrait.toString(), FMT, true).layer()),
                audio, x264, container, dir.resolve("single." + ext), null, threads, notice -> { });
        System.out.printf("single-pass render of the same frames with the sound: %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        System.exit(0);
    }

    private static AutoCloseable closer(Layer layer) {
        return () -> {
            if (layer instanceof AutoCloseable c) {
                c.close();
            }
        };
    }

    /** Two tones (220 Hz left, 330 Hz right) at 48 kHz, so the audio encoder has real work. */
    private static PcmAudio tone(int seconds) {
        float[] samples = new float[seconds * 48_000 * 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.3 * Math.sin(2 * Math.PI * (220 + (i & 1) * 110) * (i / 2) / 48_000.0));
        }
        return new PcmAudio(samples, 48_000, 2);
    }
}
