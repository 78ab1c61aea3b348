package dev.scriptcast.cli;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * While a render runs, the process's stderr (file descriptor 2) goes to a log file: libpng, libjpeg and x264 write
 * there straight from C, and MaryTTS's log4j console and the JDK write there through {@link System#err}. The
 * command's own lines go to {@link #terminal}, a second handle on the real stderr. Only the command that owns the
 * process does this (file descriptors are process-wide); elsewhere, and off Linux, nothing is redirected.
 */
final class ThirdPartyLog implements AutoCloseable {
    private static final int O_WRONLY = 1;
    private static final int O_CREAT = 0100;
    private static final int O_APPEND = 02000;
    private static final int STDERR = 2;

    private final Path file;
    private final int savedStderr;
    private final PrintWriter terminal;
    private boolean restored;

    private ThirdPartyLog(Path file, int savedStderr, PrintWriter terminal) {
        this.file = file;
        this.savedStderr = savedStderr;
        this.terminal = terminal;
    }

    /** Redirects stderr into a new file under the temp folder's scriptcast-logs; empty when it cannot. */
    static Optional<ThirdPartyLog> capture() {
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
            return Optional.empty();
        }
        try (Arena arena = Arena.ofConfined()) {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "scriptcast-logs"));
            Path file = dir.resolve("render-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                    "yyyyMMdd-HHmmss-SSS")) + "-" + ProcessHandle.current().pid() + ".log");
            int log = (int) Native.OPEN.invokeExact(arena.allocateFrom(file.toString()), O_WRONLY | O_CREAT | O_APPEND,
                    0644);
            if (log < 0) {
                return Optional.empty();
            }
            int saved = (int) Native.DUP.invokeExact(STDERR);
            PrintWriter terminal = saved < 0 ? null : openTerminal(saved);
            if (terminal == null || (int) Native.DUP2.invokeExact(log, STDERR) < 0) {
                closeFd(log);
                closeFd(saved);
                return Optional.empty();
            }
            closeFd(log);
            return Optional.of(new ThirdPartyLog(file, saved, terminal));
        } catch (Throwable e) {
            return Optional.empty();
        }
    }

    /** The real stderr, reopened through /proc (append, so a file there is never truncated); null if it cannot be. */
    private static PrintWriter openTerminal(int fd) {
        try {
            return new PrintWriter(new OutputStreamWriter(new FileOutputStream("/proc/self/fd/" + fd, true),
                    System.err.charset()), true);
        } catch (IOException e) {
            return null;
        }
    }

    PrintWriter terminal() {
        return terminal;
    }

    /**
     * Puts stderr back (the {@link #terminal} stays open for the final line); the log file when something was
     * written to it, else it is removed.
     */
    Optional<Path> finish() {
        if (!restored) {
            restored = true;
            System.err.flush();
            try {
                int ignored = (int) Native.DUP2.invokeExact(savedStderr, STDERR);
            } catch (Throwable e) {
                // stderr stays in the log file
            }
            closeFd(savedStderr);
        }
        try {
            if (Files.size(file) > 0) {
                return Optional.of(file);
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a log that cannot be read or removed is simply not named
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        finish();
        terminal.close();
    }

    private static void closeFd(int fd) {
        try {
            if (fd >= 0) {
                int ignored = (int) Native.CLOSE.invokeExact(fd);
            }
        } catch (Throwable e) {
            // nothing more to do with it
        }
    }

    /** libc's open, dup, dup2 and close, looked up on first use. */
    private static final class Native {
        private static final Linker LINKER = Linker.nativeLinker();
        static final MethodHandle OPEN = handle("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
                Linker.Option.firstVariadicArg(2));
        static final MethodHandle DUP = handle("dup", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        static final MethodHandle DUP2 = handle("dup2", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        static final MethodHandle CLOSE = handle("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));

        private static MethodHandle handle(String name, FunctionDescriptor signature, Linker.Option... options) {
            return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), signature, options);
        }
    }
}
