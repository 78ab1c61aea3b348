import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.script.Block;
import dev.scriptcast.script.Script;
import dev.scriptcast.script.ScriptParser;
import dev.scriptcast.script.Sentence;
import dev.scriptcast.script.Sentences;
import dev.scriptcast.speech.MaryEngine;
import dev.scriptcast.speech.Narrator;
import dev.scriptcast.speech.VoiceSettings;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where MaryTTS's CPU goes: speaks examples/bench.txt sentence by sentence on THREADS threads, twice in one JVM
 * (the first pass pays for JIT compilation), and splits the process's CPU time into the speech threads' own,
 * the garbage collector's (GC threads, from /proc) and the JIT compiler's, per second of speech.
 * Run: java -cp 'target/scriptcast.jar:target/lib/*' bench/MaryCpu.java THREADS
 */
public class MaryCpu {
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        Path file = Path.of(args.length > 1 ? args[1] : "examples/bench.txt");
        Script script = new ScriptParser(0).parse(file, ScriptParser.read(file));
        List<Sentence> sentences = new ArrayList<>();
        for (Block.Paragraph p : script.paragraphs()) {
            sentences.addAll(Sentences.of(p));
        }
        MaryEngine engine = new MaryEngine();
        engine.start();
        System.out.printf("cores=%d threads=%d gc=%s sentences=%d%n", Runtime.getRuntime().availableProcessors(),
                threads, ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .toList(), sentences.size());
        System.out.println("| pass | speech s | wall s | process CPU s | CPU s per speech s | speech threads CPU s "
                + "| GC threads CPU s | GC pauses ms | JIT threads CPU s | other CPU s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int pass = 1; pass <= 2; pass++) {
            AtomicLong speechCpuNs = new AtomicLong();
            AtomicLong speechSamples = new AtomicLong();
            int[] rate = {1};
            ThreadBudget budget = new ThreadBudget(threads, task -> new Thread(() -> {
                try {
                    task.run();
                } finally {
                    speechCpuNs.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                }
            }));
            double cpu0 = processCpu();
            double gc0 = cpuOf("GC Thread", "G1 ", "ParGC", "VM Thread");
            double jit0 = cpuOf("C2 Compiler", "C1 Compiler");
            long pauses0 = gcMillis();
            java.util.Map<String, Double> seen = new java.util.concurrent.ConcurrentHashMap<>();
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sampleThreads(seen);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            long t0 = System.nanoTime();
            new Narrator(engine, VoiceSettings.defaults(), budget).speak(file, sentences, (i, s) -> {
                speechSamples.addAndGet(s.speech().audio().frames());
                rate[0] = s.speech().audio().sampleRate();
            });
            double wall = (System.nanoTime() - t0) / 1e9;
            sampler.interrupt();
            sampler.join();
            sampleThreads(seen);
            java.util.Map<String, Double> byName = new java.util.TreeMap<>();
            seen.forEach((key, cpu) -> byName.merge(key.substring(key.indexOf('/') + 1).replaceAll("[0-9#-]+$", ""),
                    cpu, Double::sum));
            double cpu = processCpu() - cpu0;
            double gc = cpuOf("GC Thread", "G1 ", "ParGC", "VM Thread") - gc0;
            double jit = cpuOf("C2 Compiler", "C1 Compiler") - jit0;
            double speech = speechSamples.get() / (double) rate[0];
            double own = speechCpuNs.get() / 1e9;
            System.out.printf("| %d | %.1f | %.2f | %.2f | %.3f | %.2f | %.2f | %d | %.2f | %.2f |%n", pass, speech, wall,
                    cpu, cpu / speech, own, gc, gcMillis() - pauses0, jit, cpu - own - gc - jit);
            System.out.println("threads by name, CPU s since start (last seen): " + byName.entrySet().stream()
                    .filter(e -> e.getValue() > 0.05).map(e -> e.getKey() + "=" + String.format("%.2f", e.getValue()))
                    .toList());
        }
        System.exit(0);
    }

    private static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    /** Each live thread's CPU seconds so far, by "tid/name" (kept after the thread ends). */
    private static void sampleThreads(java.util.Map<String, Double> seen) {
        try (var tasks = java.nio.file.Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = java.nio.file.Files.readString(task.resolve("comm")).strip();
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    seen.put(task.getFileName() + "/" + name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0);
                } catch (java.io.IOException gone) {
                    // ended while we looked
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** CPU seconds of this process's threads whose name starts with one of {@code prefixes}, from /proc. */
    private static double cpuOf(String... prefixes) throws Exception {
        double ticks = 0;
        try (var tasks = java.nio.file.Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = java.nio.file.Files.readString(task.resolve("comm")).strip();
                    boolean match = false;
                    for (String p : prefixes) {
                        match |= name.startsWith(p.strip());
                    }
                    if (match) {
                        String stat = java.nio.file.Files.readString(task.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (java.io.IOException gone) {
                    // the thread ended while we looked
                }
            }
        }
        return ticks / 100.0;
    }
}
