import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.avatar.neural.AvatarPlacement;
import dev.scriptcast.avatar.neural.LipSyncModel;
import dev.scriptcast.avatar.neural.LipSyncStats;
import dev.scriptcast.avatar.neural.NeuralAvatar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * End-to-end lip-sync throughput: mel chunks, face stacks, batched inference, paste-back and drawing each frame
 * onto a 1280×720 canvas by two composer threads, as a render does (the encoder is left out). Prints one row
 * per provider and batch size, after a warm-up render at that batch size (the first run of a batch shape
 * includes ONNX Runtime's and cuDNN's set-up). Columns: drawn fps = frames drawn per second after the avatar's
 * one-off set-up (reading and scaling the picture, the face box, the mel spectrogram), the end-to-end figure;
 * produced fps = frames made ready per second from the start (set-up included); model fps = frames per
 * second of time spent inside the model.
 *
 * <pre>
 * java -cp 'target/scriptcast.jar:target/lib/*:bench/out' LipSyncBench --model M.onnx --portrait P.png
 *      [--face x,y,w,h] [--providers cuda,cpu] [--batches 1,16,64,128] [--frames 4096] [--cpu-frames 256]
 * </pre>
 * Phase lines ("phase provider batch startEpochMs endEpochMs") let a GPU sampler's log be cut per row.
 */
public final class LipSyncBench {
    private static final VideoFormat FORMAT = new VideoFormat(1280, 720, 25);
    /** A 432×432 portrait at the right of a 1280×720 frame (scale is a share of the 504-pixel avatar band). */
    private static final AvatarPlacement PLACEMENT = new AvatarPlacement("right", 6.0 / 7, null);

    public static void main(String[] args) throws Exception {
        Path model = Path.of(arg(args, "--model", null));
        Path portrait = Path.of(arg(args, "--portrait", null));
        String face = arg(args, "--face", "");
        Optional<Rect> faceBox = face.isEmpty() ? Optional.empty() : Optional.of(rect(face));
        List<String> providers = List.of(arg(args, "--providers", "cuda,cpu").split(","));
        int[] batches = Arrays.stream(arg(args, "--batches", "1,16,64,128").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int gpuFrames = Integer.parseInt(arg(args, "--frames", "4096"));
        int cpuFrames = Integer.parseInt(arg(args, "--cpu-frames", "256"));

        List<String> rows = new ArrayList<>();
        for (String provider : providers) {
            long loadStart = System.nanoTime();
            try (LipSyncModel m = LipSyncModel.load(model, provider.equals("cuda"))) {
                System.out.printf("model %s on %s (%s), loaded in %.0f ms%n", model.getFileName(), m.providerUsed(),
                        m.providerReason(), (System.nanoTime() - loadStart) / 1e6);
                if (provider.equals("cuda") && !m.providerUsed().equals("CUDA")) {
                    System.out.println("skipping cuda rows: the model runs on the CPU");
                    continue;
                }
                for (int batch : batches) {
                    int frames = provider.equals("cuda") ? gpuFrames : cpuFrames;
                    frames = Math.max(frames, 2 * batch);
                    if (batch == 1 && provider.equals("cuda")) {
                        frames = Math.min(frames, 1024);
                    }
                    long warm = System.nanoTime();
                    run(m, portrait, faceBox, batch, Math.min(frames, 2 * batch));
                    double warmMs = (System.nanoTime() - warm) / 1e6;
                    long start = System.currentTimeMillis();
                    Result r = run(m, portrait, faceBox, batch, frames);
                    long end = System.currentTimeMillis();
                    System.out.printf("phase %s %d %d %d%n", m.providerUsed(), batch, start, end);
                    rows.add(String.format("| %s | %d | %d | %.0f | %.0f | %.0f | %.0f | %.0f |", m.providerUsed(),
                            batch, frames, r.drawnFps, r.stats.framesPerSecond(), r.stats.modelFramesPerSecond(),
                            r.setupMs, warmMs));
                }
            }
        }
        System.out.println();
        System.out.println("| provider | batch | frames | drawn fps | produced fps | model fps | set-up ms | warm-up ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    /** Set-up (picture, face, mel) once per render, then frames drawn per second after it. */
    private record Result(double setupMs, double drawnFps, LipSyncStats stats) {
    }

    private static Result run(LipSyncModel model, Path portrait, Optional<Rect> face, int batch, int frames)
            throws Exception {
        PcmAudio narration = speechLike(frames);
        long start = System.nanoTime();
        try (NeuralAvatar avatar = NeuralAvatar.forPortrait(model, narration, portrait, face, PLACEMENT, FORMAT,
                frames, batch, ThreadBudget.allCores())) {
            long ready = System.nanoTime();
            Thread odd = Thread.ofPlatform().start(() -> draw(avatar, 1, frames));
            draw(avatar, 0, frames);
            odd.join();
            double fps = frames * 1e9 / (System.nanoTime() - ready);
            avatar.awaitDone();
            return new Result((ready - start) / 1e6, fps, avatar.stats());
        }
    }

    private static void draw(NeuralAvatar avatar, int first, int frames) {
        Canvas canvas = new Canvas(FORMAT.width(), FORMAT.height());
        for (int i = first; i < frames; i += 2) {
            avatar.draw(i, canvas);
        }
    }

    /** Syllable-like bursts of voiced noise, so mel chunks vary as speech does (speed does not depend on it). */
    private static PcmAudio speechLike(int frames) {
        int rate = 16_000;
        float[] x = new float[(int) ((long) frames * rate / FORMAT.fps()) + rate / 5];
        Random random = new Random(7);
        for (int n = 0; n < x.length; n++) {
            double envelope = Math.max(0, Math.sin(2 * Math.PI * 4 * n / rate));
            x[n] = (float) (envelope * (0.3 * Math.sin(2 * Math.PI * 180 * n / rate) + 0.1 * random.nextGaussian()));
        }
        return new PcmAudio(x, rate);
    }

    private static Rect rect(String s) {
        int[] v = Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray();
        return new Rect(v[0], v[1], v[2], v[3]);
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return fallback;
    }
}
