import dev.scriptcast.avatar.AvatarLayer;
import dev.scriptcast.avatar.AvatarSettings;
import dev.scriptcast.avatar.Avatars;
import dev.scriptcast.avatar.Placement;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-frame cost of the avatar layer: builds each avatar once for a minute of varied speech, then times
 * draw(frame, canvas) over every frame of that minute: one warm-up pass, then five timed passes of which the
 * fastest is shown (the others mostly measure other processes on a shared machine). Run with bench/avatar.sh.
 */
public class AvatarFrameBench {
    private static final int PASSES = 5;
    private static final String[] SPEECH = {"h", "@", "l", "@U", "w", "r=", "l", "d", "b", "A", "b", "T", "I", "N",
            "k", "s", "m", "aI", "l", "f", "u", "d", "E", "_", "p", "{", "t", "OI", "v", "i", "z"};

    public static void main(String[] args) throws Exception {
        Timeline<Phoneme> phonemes = minuteOfSpeech();
        Path portrait = Path.of(System.getenv().getOrDefault("SCRIPTCAST_TEST_PORTRAIT", "target/test-data/astronaut.png"));
        List<VideoFormat> formats = List.of(new VideoFormat(1280, 720, 30), new VideoFormat(1920, 1080, 30),
                new VideoFormat(720, 1280, 30));
        System.out.printf("%-8s %-10s %10s %10s %10s %10s%n", "avatar", "video", "build ms", "mean us",
                "median us", "p99 us");
        for (VideoFormat format : formats) {
            for (String look : List.of("aurora", "sage", "nova", "photo")) {
                if (look.equals("photo") && !Files.isRegularFile(portrait)) {
                    continue;
                }
                AvatarSettings settings = new AvatarSettings(true, look.equals("photo") ? "aurora" : look,
                        "bottom-right", 1.0, look.equals("photo") ? portrait : null, null, 1);
                long t0 = System.nanoTime();
                AvatarLayer layer = Avatars.create(settings, phonemes, Timeline.empty(), format,
                        Placement.defaultArea(format));
                long buildMs = (System.nanoTime() - t0) / 1_000_000;
                int frames = format.frameCount(phonemes.endMs());
                Canvas canvas = new Canvas(format.width(), format.height());
                Arrays.fill(canvas.argb(), 0xFF203040);
                for (int f = 0; f < frames; f++) {
                    layer.draw(f, canvas);
                }
                long[] best = null;
                double bestMean = Double.MAX_VALUE;
                for (int pass = 0; pass < PASSES; pass++) {
                    long[] nanos = new long[frames];
                    for (int f = 0; f < frames; f++) {
                        long s = System.nanoTime();
                        layer.draw(f, canvas);
                        nanos[f] = System.nanoTime() - s;
                    }
                    double mean = Arrays.stream(nanos).average().orElse(0) / 1000;
                    if (mean < bestMean) {
                        bestMean = mean;
                        best = nanos;
                    }
                }
                Arrays.sort(best);
                System.out.printf("%-8s %-10s %10d %10.1f %10.1f %10.1f%n", look,
                        format.width() + "x" + format.height(), buildMs, bestMean, best[frames / 2] / 1000.0,
                        best[(int) (frames * 0.99)] / 1000.0);
            }
        }
    }

    private static Timeline<Phoneme> minuteOfSpeech() {
        List<Timed<Phoneme>> items = new ArrayList<>();
        long t = 0;
        int i = 0;
        while (t < 60_000) {
            String symbol = SPEECH[i % SPEECH.length];
            long d = symbol.equals("_") ? 700 : 60 + (i * 37 % 120);
            items.add(new Timed<>(t, t + d, new Phoneme(symbol, Phoneme.Alphabet.SAMPA, i % 7 == 0)));
            t += d;
            i++;
        }
        return new Timeline<>(items);
    }
}
