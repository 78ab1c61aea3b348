import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.pipeline.ProgressListener;
import dev.scriptcast.pipeline.RenderRequest;
import dev.scriptcast.pipeline.RenderResult;
import dev.scriptcast.pipeline.Scriptcast;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * COUNT renders one after another in one JVM, as a service embedding scriptcast would run them: a short two-voice
 * script at 640x360, 15 fps, with presenter, visualiser and captions, each render with a fresh speech cache (so
 * MaryTTS speaks every time) into its own folder, deleted after the row is printed. Prints one row per render:
 * wall time, heap in use after a full GC, the process's resident memory and live threads. Flat heap, RSS and
 * thread columns mean nothing accumulates between renders.
 * java -Xmx1g --enable-native-access=ALL-UNNAMED -cp 'target/classes:target/lib/*' bench/RenderLoop.java [COUNT]
 */
public class RenderLoop {
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path root = Files.createDirectories(Path.of("bench/out/loop"));
        System.out.println("| render | wall ms | heap after GC MB | RSS MB | threads |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (int i = 1; i <= count; i++) {
            Path dir = Files.createDirectories(root.resolve("r" + i));
            Path script = Files.writeString(dir.resolve("talk.txt"), "Render number " + i + " of " + count
                    + ". Each one speaks, draws and encodes its video.\n\nThen it lets go of everything it held.\n");
            ConfigValues config = new ConfigValues()
                    .set("work.dir", dir.resolve("cache").toString(), "bench")
                    .set("video.size", "640x360", "bench").set("video.fps", 15, "bench")
                    .set("video.encoder", "libx264", "bench").set("video.preset", "veryfast", "bench")
                    .set("avatar.enabled", true, "bench").set("visualizer.enabled", true, "bench")
                    .set("captions.burn", true, "bench").set("music.skip", true, "bench");
            long start = System.nanoTime();
            RenderResult result = Scriptcast.render(new RenderRequest(script, config), ProgressListener.NONE);
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            System.gc();
            long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
            System.out.printf("| %d | %d | %d | %d | %d |%n", i, wallMs, heapMb, rssMb(),
                    ManagementFactory.getThreadMXBean().getThreadCount());
            if (result.frames() <= 0) {
                throw new IllegalStateException("render " + i + " made no frames");
            }
            deleteTree(dir);
        }
        System.exit(0);
    }

    private static long rssMb() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) >> 10).findFirst().orElse(-1L);
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
