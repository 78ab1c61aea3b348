package dev.scriptcast.cli;

import dev.scriptcast.pipeline.ProgressListener;
import dev.scriptcast.pipeline.RenderResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Progress on stderr: a redrawn bar with ETA fitted to the terminal's width, a plain line every few seconds when
 * stderr is not a terminal. Speech counts sentences, composition counts frames, both with the segments ready so far. Quiet hides progress and
 * the notices that only inform (the settings file read, FFmpeg's own log lines, both in the report), never a notice
 * that a request was changed (a size rounded, an encoder fallback): that is one line whatever the mode.
 */
final class ConsoleProgress implements ProgressListener {
    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;
    private static final long REDRAW_INTERVAL_NANOS = 100_000_000L;
    private final boolean quiet;
    private final boolean terminal;
    private final int columns;
    private final PrintWriter err;
    private final Map<String, Long> startNanos = new HashMap<>();
    private long lastPrintNanos;
    private boolean barShown;
    private int speechLeft;
    private int segmentsDone;
    private int framesDone;
    private int framesTotal;
    private int segmentsReused;
    private int segmentsTotal;

    ConsoleProgress(boolean quiet, PrintWriter err) {
        this(quiet, err, isTerminal(), isTerminal() ? TerminalWidth.columns() : TerminalWidth.fromEnvironment());
    }

    private static boolean isTerminal() {
        return System.console() != null && System.console().isTerminal() && System.getenv("TERM") != null
                && !"dumb".equals(System.getenv("TERM"));
    }

    ConsoleProgress(boolean quiet, PrintWriter err, boolean terminal, int columns) {
        this.quiet = quiet;
        this.err = err;
        this.terminal = terminal;
        this.columns = columns;
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
        if (!quiet || !informsOnly(message)) {
            endBar();
            err.println("scriptcast: " + message);
        }
    }

    private static boolean informsOnly(String notice) {
        return notice.startsWith("settings from ") || notice.startsWith("ffmpeg: ");
    }

    @Override
    public synchronized void speech(int done, int total) {
        speechLeft = total - done;
        show("sentences", segmentsText(), done, total);
    }

    /** Frames are counted once speech is done: until then the segments are still being planned. */
    @Override
    public synchronized void frames(int done, int total) {
        framesDone = done;
        framesTotal = total;
        if (speechLeft <= 0) {
            show("frames", segmentsText(), done, total);
        }
    }

    /** The last segment is finished after its last frame is counted: the bar is drawn once more to say so. */
    @Override
    public synchronized void segments(int done, int reused, int total) {
        segmentsDone = done;
        segmentsReused = reused;
        segmentsTotal = total;
        if (done == total && speechLeft <= 0 && framesTotal > 0 && framesDone >= framesTotal) {
            show("frames", segmentsText(), framesDone, framesTotal);
        }
    }

    private String segmentsText() {
        return segmentsTotal == 0 ? "" : String.format(Locale.ROOT, ", %d/%d segments (%d reused)", segmentsDone,
                segmentsTotal, segmentsReused);
    }

    /** The final line; {@code thirdPartyLog} is named when native libraries or MaryTTS wrote to it. */
    void done(RenderResult result, Optional<Path> thirdPartyLog) {
        if (!quiet) {
            endBar();
            err.printf(Locale.ROOT, "scriptcast: wrote %s (%.1f s, %d frames) in %.1f s; report in %s%s%n",
                    result.output(), result.durationMs() / 1000.0, result.frames(),
                    result.metrics().wallMs() / 1000.0, result.reportDir(),
                    thirdPartyLog.map(log -> "; third-party messages in " + log).orElse(""));
        }
    }

    /** A bar counting {@code unit}, with {@code detail} after the unit; the ETA runs from the unit's first count. */
    private void show(String unit, String detail, int done, int total) {
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        long start = startNanos.computeIfAbsent(unit, u -> now);
        boolean last = done >= total;
        if (terminal) {
            if (last || now - lastPrintNanos > REDRAW_INTERVAL_NANOS) {
                err.print("\r" + line(unit + detail, done, total, now - start, columns - 1));
                err.flush();
                barShown = true;
                lastPrintNanos = now;
            }
        } else if (last || now - lastPrintNanos > PLAIN_INTERVAL_NANOS) {
            String prefix = "scriptcast: ";
            err.println(prefix + line(unit + detail, done, total, now - start, columns - prefix.length()).strip());
            lastPrintNanos = now;
        }
    }

    /**
     * "[####------] 120/900 frames  13%  ETA 0:42", the count padded so the bar keeps its length, the bar
     * shortened or left out to fit {@code maxLength} (a redrawn line stays one column short of the terminal: a
     * full one wraps on some terminals and then scrolls on every redraw).
     */
    static String line(String unit, int done, int total, long elapsedNanos, int maxLength) {
        double eta = done == 0 ? 0 : elapsedNanos / 1e9 * (total - done) / done;
        String etaText = String.format(Locale.ROOT, "%5s", done == 0 && total > 0 ? "-:--"
                : eta >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", (int) eta / 3600, (int) eta / 60 % 60,
                (int) eta % 60) : String.format(Locale.ROOT, "%d:%02d", (int) eta / 60, (int) eta % 60));
        String doneText = String.format(Locale.ROOT, "%" + String.valueOf(total).length() + "d", done);
        String counts = String.format(Locale.ROOT, " %s/%d %s  %3d%%  ETA %s ", doneText, total, unit,
                total == 0 ? 100 : done * 100L / total, etaText);
        int room = maxLength - counts.length() - 2;
        if (room < 5) {
            String bare = counts.stripLeading();
            return bare.length() <= maxLength ? bare : bare.substring(0, Math.max(0, maxLength));
        }
        int width = Math.min(30, room);
        int filled = total == 0 ? width : (int) ((long) Math.min(done, total) * width / total);
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]" + counts;
    }

    private void endBar() {
        if (barShown) {
            err.println();
            barShown = false;
        }
    }
}
