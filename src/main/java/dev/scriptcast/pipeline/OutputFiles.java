package dev.scriptcast.pipeline;

import dev.scriptcast.base.InputException;
import dev.scriptcast.config.ConfigValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a render writes. The video goes to a temp file beside the output and is renamed only when whole, so a
 * failed or interrupted run never leaves a partial file and never touches an existing output before that.
 */
public record OutputFiles(Path output, Path temp, Path reportDir) {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OutputFiles::deletePending, "scriptcast-cleanup"));
    }

    public static OutputFiles resolve(Path script, ConfigValues config) {
        Path output = config.path("output");
        if (output == null) {
            String name = script.getFileName().toString();
            int dot = name.lastIndexOf('.');
            output = script.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".mp4");
        }
        output = output.toAbsolutePath().normalize();
        if (output.equals(script.toAbsolutePath().normalize())) {
            throw new InputException(output + ": output would overwrite the input script; choose another -o");
        }
        if (Files.isDirectory(output)) {
            throw new InputException(output + ": output is a directory; give a file name ending in .mp4");
        }
        Path parent = output.getParent();
        if (!Files.isDirectory(parent)) {
            throw new InputException(parent + ": output folder does not exist");
        }
        String base = output.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path reportDir = config.path("report.dir") != null ? config.path("report.dir").toAbsolutePath()
                : parent.resolve(base + ".report");
        Path temp = parent.resolve("." + base + ".partial-" + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".mp4");
        PENDING.add(temp);
        return new OutputFiles(output, temp, reportDir);
    }

    /** Companion file beside the output, e.g. {@code sibling(".srt")}. */
    public Path sibling(String extension) {
        String base = output.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return output.resolveSibling(base + extension);
    }

    void commit() throws IOException {
        Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        PENDING.remove(temp);
    }

    void discard() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // best effort; the shutdown hook tries again
        }
        PENDING.remove(temp);
    }

    private static void deletePending() {
        for (Path p : PENDING) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // nothing more to do while the JVM exits
            }
        }
    }
}
