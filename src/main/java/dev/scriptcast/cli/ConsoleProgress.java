package dev.scriptcast.cli;

import dev.scriptcast.pipeline.ProgressListener;
import dev.scriptcast.pipeline.RenderResult;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr: a redrawn bar with ETA on a terminal, a plain line every few seconds otherwise, nothing
 * when quiet.
 */
final class ConsoleProgress implements ProgressListener {
    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;
    private final boolean quiet;
    private final boolean terminal;
    private final PrintWriter err;
    private long framesStartNanos;
    private long lastPrintNanos;
    private boolean barShown;

    ConsoleProgress(boolean quiet, PrintWriter err) {
        this.quiet = quiet;
        this.err = err;
        this.terminal = System.console() != null && System.console().isTerminal() && System.getenv("TERM") != null
                && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public synchronized void stageFinished(String stage, long wallMs) {
        if (quiet) {
            return;
        }
        endBar();
        err.printf(Locale.ROOT, "scriptcast: %-18s %6.1f s%n", stage, wallMs / 1000.0);
    }

    @Override
    public synchronized void notice(String message) {
        if (!quiet) {
            endBar();
            err.println("scriptcast: " + message);
        }
    }

    @Override
    public synchronized void frames(int done, int total) {
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        if (framesStartNanos == 0) {
            framesStartNanos = now;
        }
        boolean last = done >= total;
        if (terminal) {
            if (last || now - lastPrintNanos > 100_000_000L) {
                err.print("\r" + bar(done, total, now));
                err.flush();
                barShown = true;
                lastPrintNanos = now;
            }
        } else if (last || now - lastPrintNanos > PLAIN_INTERVAL_NANOS) {
            err.println("scriptcast: frames " + bar(done, total, now).strip());
            lastPrintNanos = now;
        }
    }

    void done(RenderResult result) {
        if (!quiet) {
            endBar();
            err.printf(Locale.ROOT, "scriptcast: wrote %s (%.1f s, %d frames) in %.1f s; report in %s%n",
                    result.output(), result.durationMs() / 1000.0, result.frames(),
                    result.metrics().wallMs() / 1000.0, result.reportDir());
        }
    }

    private String bar(int done, int total, long now) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        double elapsed = (now - framesStartNanos) / 1e9;
        double eta = done == 0 ? 0 : elapsed * (total - done) / done;
        return String.format(Locale.ROOT, "[%s%s] %d/%d frames  %3d%%  ETA %d:%02d ", "#".repeat(filled),
                "-".repeat(width - filled), done, total, total == 0 ? 100 : done * 100L / total,
                (int) eta / 60, (int) eta % 60);
    }

    private void endBar() {
        if (barShown) {
            err.println();
            barShown = false;
        }
    }
}
