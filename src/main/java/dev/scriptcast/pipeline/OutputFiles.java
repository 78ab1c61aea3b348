package dev.scriptcast.pipeline;

import dev.scriptcast.base.InputException;
import dev.scriptcast.config.ConfigValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a render writes. Every output (the video, caption files, the report folder) is first written under a
 * temp name beside its place and put in place only by {@link #commit()}, when all are complete, the video
 * last; if any step fails, existing outputs are left as they were and {@link #discard()} removes the temps.
 * One instance per render: nothing is shared between renders in one process.
 */
public final class OutputFiles {
    private final Path output;
    private final Path temp;
    private final Path reportDir;
    private final List<Path[]> staged = new ArrayList<>();

    private OutputFiles(Path output, Path temp, Path reportDir) {
        this.output = output;
        this.temp = temp;
        this.reportDir = reportDir;
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
        Path reportDir = config.path("report.dir") != null ? config.path("report.dir").toAbsolutePath().normalize()
                : parent.resolve(base + ".report");
        return new OutputFiles(output, tempFor(output), reportDir);
    }

    private static Path tempFor(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot) : "";
        return target.resolveSibling("." + (dot > 0 ? name.substring(0, dot) : name) + ".partial-"
                + ProcessHandle.current().pid() + "-" + System.nanoTime() + extension);
    }

    public Path output() {
        return output;
    }

    /** Where the video is encoded before it is put in place. */
    public Path temp() {
        return temp;
    }

    public Path reportDir() {
        return reportDir;
    }

    /** Companion file beside the output, e.g. {@code sibling(".srt")}. */
    public Path sibling(String extension) {
        String base = output.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return output.resolveSibling(base + extension);
    }

    /** A temp path to write {@code target} (a file, or a folder whose files join it) that commit puts in place. */
    synchronized Path staged(Path target) {
        Path path = tempFor(target);
        staged.add(new Path[] {path, target});
        return path;
    }

    /**
     * Puts every staged output in place and the video last. A file already there is kept aside until all are
     * in, so a failure part-way restores the earlier set.
     */
    synchronized void commit() throws IOException {
        List<Path[]> moves = new ArrayList<>();
        for (Path[] s : staged) {
            moves.addAll(Files.isDirectory(s[0]) && Files.isDirectory(s[1]) ? folderMoves(s[0], s[1]) : List.<Path[]>of(s));
        }
        moves.add(new Path[] {temp, output});
        List<Path[]> done = new ArrayList<>();
        try {
            for (Path[] move : moves) {
                if (Files.isDirectory(move[1]) && !Files.isDirectory(move[0])) {
                    throw new InputException(move[1] + ": a folder is where this output goes; move it away");
                }
                Path aside = Files.exists(move[1]) ? tempFor(move[1]) : null;
                if (aside != null) {
                    Files.move(move[1], aside, StandardCopyOption.ATOMIC_MOVE);
                }
                done.add(new Path[] {move[0], move[1], aside});
                Files.move(move[0], move[1], StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            rollBack(done);
            throw e;
        }
        for (Path[] d : done) {
            if (d[2] != null) {
                Files.deleteIfExists(d[2]);
            }
        }
        discard();
    }

    /** A staged folder over an existing one moves file by file, so other files in it stay. */
    private static List<Path[]> folderMoves(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            return files.sorted().map(f -> new Path[] {f, to.resolve(f.getFileName().toString())}).toList();
        }
    }

    private static void rollBack(List<Path[]> done) {
        for (Path[] d : done.reversed()) {
            try {
                if (Files.exists(d[1]) && !Files.exists(d[0])) {
                    Files.move(d[1], d[0], StandardCopyOption.ATOMIC_MOVE);
                }
                if (d[2] != null) {
                    Files.move(d[2], d[1], StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                // keep restoring the others; what is left is named .partial-
            }
        }
    }

    /** Removes whatever temps are left; the outputs in place are untouched. Safe to call more than once. */
    synchronized void discard() {
        List<Path> temps = new ArrayList<>(staged.stream().map(s -> s[0]).toList());
        temps.add(temp);
        for (Path t : temps) {
            try {
                deleteTree(t);
            } catch (IOException e) {
                // best effort: a left-over temp is named .partial- and never mistaken for an output
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
