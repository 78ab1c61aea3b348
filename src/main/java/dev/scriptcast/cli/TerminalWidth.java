package dev.scriptcast.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The terminal's width in columns: $COLUMNS, else {@code stty size} on /dev/tty, else 80. */
final class TerminalWidth {
    static final int FALLBACK = 80;

    private TerminalWidth() {}

    static int columns() {
        Integer fromEnv = parse(System.getenv("COLUMNS"));
        return fromEnv != null ? fromEnv : fromStty();
    }

    /** $COLUMNS, else 80: for output that is not a terminal, where asking the terminal makes no sense. */
    static int fromEnvironment() {
        Integer fromEnv = parse(System.getenv("COLUMNS"));
        return fromEnv != null ? fromEnv : FALLBACK;
    }

    static Integer parse(String columns) {
        try {
            int n = Integer.parseInt(columns == null ? "" : columns.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int fromStty() {
        File tty = new File("/dev/tty");
        if (!tty.canRead()) {
            return FALLBACK;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                return FALLBACK;
            }
            String[] rowsAndColumns = out.split("\\s+");
            Integer n = rowsAndColumns.length == 2 ? parse(rowsAndColumns[1]) : null;
            return n != null ? n : FALLBACK;
        } catch (IOException e) {
            return FALLBACK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FALLBACK;
        }
    }
}
