package dev.scriptcast.cli;

import dev.scriptcast.base.InputException;
import dev.scriptcast.config.Nearest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Predicate;
import picocli.CommandLine;

/** Exit codes: 2 with one line for bad usage or input, 1 with one line and a log path for internal errors. */
final class Errors {
    static final int BAD_INPUT = 2;
    static final int INTERNAL = 1;

    private Errors() {}

    static int onBadUsage(CommandLine.ParameterException e, String[] args) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName(" ");
        String suggestion = e instanceof CommandLine.UnmatchedArgumentException u ? suggestion(u) : "";
        e.getCommandLine().getErr().println("scriptcast: " + firstLine(e.getMessage()) + suggestion
                + " (see " + command + " --help)");
        return BAD_INPUT;
    }

    /** ", did you mean --fps?" for the first unknown option that is near a known one. */
    private static String suggestion(CommandLine.UnmatchedArgumentException e) {
        var options = e.getCommandLine().getCommandSpec().optionsMap().keySet();
        return e.getUnmatched().stream().filter(arg -> arg.startsWith("-"))
                .map(arg -> Nearest.to(arg.replaceFirst("=.*", ""), options))
                .flatMap(java.util.Optional::stream).findFirst()
                .map(option -> ", did you mean " + option + "?").orElse("");
    }

    static int onFailure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        Optional<Throwable> input = cause(e, InputException.class::isInstance);
        if (input.isPresent()) {
            cli.getErr().println("scriptcast: " + firstLine(input.get().getMessage()));
            return BAD_INPUT;
        }
        // a full disk is the user's to fix; a stack trace in a log on that same disk would not help
        if (cause(e, t -> t instanceof IOException
                && String.valueOf(t.getMessage()).contains("No space left on device")).isPresent()) {
            cli.getErr().println("scriptcast: no space left on device while writing the outputs");
            return BAD_INPUT;
        }
        if (cause(e, t -> t instanceof InterruptedException || t instanceof InterruptedIOException
                || t instanceof ClosedByInterruptException).isPresent()) {
            cli.getErr().println("scriptcast: interrupted");
            return 130;
        }
        Path log = writeLog(e);
        cli.getErr().println("scriptcast: internal error: " + firstLine(String.valueOf(e.getMessage()))
                + (log == null ? "" : " (details: " + log + ")"));
        return INTERNAL;
    }

    /** The first exception in {@code e}'s cause chain that matches. */
    private static Optional<Throwable> cause(Throwable e, Predicate<Throwable> matches) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (matches.test(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Path writeLog(Exception e) {
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "scriptcast-logs");
            Files.createDirectories(dir);
            Path log = dir.resolve("error-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                    "yyyyMMdd-HHmmss-SSS")) + ".log");
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
                e.printStackTrace(out);
            }
            return log;
        } catch (IOException io) {
            return null;
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
