import dev.scriptcast.telemetry.RunMetrics;
import dev.scriptcast.telemetry.Telemetry;
import java.util.Locale;

/** Prints, per sampling interval, the sampler's CPU cost and the median interval it achieved (see telemetry.sh). */
public final class TelemetryBench {
    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 5;
        System.out.printf(Locale.ROOT, "%-12s %8s %14s %12s %14s %12s %6s%n", "interval ms", "samples", "median ms",
                "sampler ms", "% of one core", "% machine", "GPU");
        for (long interval : new long[] {10, 25, 50, 100}) {
            RunMetrics m;
            try (Telemetry t = Telemetry.start(interval)) {
                t.stage("busy", () -> {
                    Process child = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
                    try {
                        return spin(seconds * 1000);
                    } finally {
                        child.destroy();
                        child.waitFor();
                    }
                });
                m = t.finish();
            }
            var cost = m.sampler().cost();
            System.out.printf(Locale.ROOT, "%-12d %8d %14.1f %12.1f %14.2f %12.2f %6s%n", interval, m.samples().size(),
                    m.sampler().medianIntervalMs(), cost.threadCpuMs(), cost.percentOfOneCore(),
                    cost.percentOfMachine(), m.run().gpu().available() ? "NVML" : "none");
        }
    }

    private static double spin(long ms) {
        long end = System.nanoTime() + ms * 1_000_000L;
        double acc = 0;
        while (System.nanoTime() < end) {
            acc += Math.sqrt(acc + 1);
        }
        return acc;
    }
}
