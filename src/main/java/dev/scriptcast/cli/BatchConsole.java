package dev.scriptcast.cli;

import dev.scriptcast.batch.BatchListener;
import dev.scriptcast.batch.BatchSummary;
import dev.scriptcast.batch.ItemOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A batch on stderr: a progress line over items with an ETA each time one finishes, one line per failed item
 * (shown even when quiet), and a closing line with the counts.
 */
final class BatchConsole implements BatchListener {
    private final boolean quiet;
    private final PrintWriter err;
    private final int columns;
    private final long startNanos = System.nanoTime();

    BatchConsole(boolean quiet, PrintWriter err) {
        this.quiet = quiet;
        this.err = err;
        this.columns = TerminalWidth.fromEnvironment();
    }

    @Override
    public synchronized void progress(int finished, int total) {
        if (!quiet && finished > 0) {
            String prefix = "scriptcast: ";
            err.println(prefix + ConsoleProgress.line("items", finished, total, System.nanoTime() - startNanos,
                    columns - prefix.length()).strip());
        }
    }

    @Override
    public synchronized void finished(ItemOutcome outcome) {
        if (outcome.status() == ItemOutcome.Status.FAILED) {
            err.println("scriptcast: " + outcome.name() + " failed"
                    + (outcome.attempts() > 1 ? " after " + outcome.attempts() + " attempts" : "") + ": "
                    + outcome.error());
        }
    }

    /** {@code thirdPartyLog} is named when native libraries or MaryTTS wrote to it. */
    synchronized void done(BatchSummary summary, String outDir, Optional<Path> thirdPartyLog) {
        if (!quiet) {
            long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
            err.printf(Locale.ROOT, "scriptcast: batch: %d done, %d skipped, %d failed in %d:%02d; summary in %s%s%n",
                    summary.count(ItemOutcome.Status.DONE), summary.count(ItemOutcome.Status.SKIPPED),
                    summary.count(ItemOutcome.Status.FAILED), seconds / 60, seconds % 60,
                    outDir + "/" + BatchSummary.MARKDOWN_FILE,
                    thirdPartyLog.map(log -> "; third-party messages in " + log).orElse(""));
        }
    }
}
