package dev.scriptcast.pipeline;

import dev.scriptcast.base.FileTrees;
import dev.scriptcast.base.InputException;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.telemetry.MetricsWriter;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<Path, Path> temps = new HashMap<>();

    private OutputFiles(Path output, Path temp, Path reportDir) {
        this.output = output;
        this.temp = temp;
        this.reportDir = reportDir;
    }

    /**
     * Where this run writes, refused (one line, before any slow work) if an output is one of the run's inputs,
     * is in the way (a folder, a pipe, a device), or cannot be written in its folder.
     */
    public static OutputFiles resolve(Path script, ConfigValues config) {
        Path given = config.path("output");
        if (given == null) {
            String name = script.getFileName().toString();
            int dot = name.lastIndexOf('.');
            given = script.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".mp4");
        }
        String video = (config.isSet("output") ? config.origin("output") : "output") + " " + shortened(given);
        Path output = given.toAbsolutePath().normalize();
        Path parent = output.getParent();
        if (!Files.isDirectory(parent)) {
            throw new InputException(parent + ": output folder does not exist");
        }
        String base = output.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path reportDir = config.path("report.dir") != null ? config.path("report.dir").toAbsolutePath().normalize()
                : parent.resolve(base + ".report");
        OutputFiles files = new OutputFiles(output, tempFor(output), reportDir);
        OutputClash.refuse(OutputClash.inputs(script, config), files.planned(video, config));
        files.refuseUnwritable(video);
        return files;
    }

    /** Every file and folder this run will write, temp names included; a new output belongs here. */
    private List<OutputClash.Output> planned(String video, ConfigValues config) {
        String another = "choose another output";
        List<OutputClash.Output> all = new ArrayList<>();
        all.add(new OutputClash.Output(video, output, false, another));
        all.add(new OutputClash.Output("the video's temp file " + temp, temp, false, another));
        if (config.flag("captions.files")) {
            for (String extension : List.of(".srt", ".vtt")) {
                Path captions = sibling(extension);
                all.add(new OutputClash.Output("the captions " + captions + " beside the video", captions, false,
                        another));
                all.add(new OutputClash.Output("a temp file " + tempOf(captions), tempOf(captions), false, another));
            }
        }
        String report = config.isSet("report.dir") ? config.origin("report.dir") + " " + config.path("report.dir")
                : "the report folder " + reportDir;
        String anotherReport = "choose another report.dir";
        all.add(new OutputClash.Output(report, reportDir, true, anotherReport));
        all.add(new OutputClash.Output("a temp folder " + tempOf(reportDir), tempOf(reportDir), true, anotherReport));
        for (String name : List.of(MetricsWriter.METRICS_JSON, MetricsWriter.REPORT_MD, MetricsWriter.REPORT_HTML)) {
            Path file = reportDir.resolve(name);
            all.add(new OutputClash.Output("the report's " + file, file, false, anotherReport));
        }
        return all;
    }

    /** A path whose file name is cut in the middle when long, so a message about it still fits one line. */
    private static String shortened(Path path) {
        String name = path.getFileName().toString();
        return name.length() <= 60 ? path.toString()
                : path.resolveSibling(name.substring(0, 30) + "…" + name.substring(name.length() - 20)).toString();
    }

    /**
     * Creates and removes the video's temp file and a hidden file with a name as long as the video's, so an
     * unwritable folder (read-only, no permission) or a name too long is named now, with the system's reason, not
     * blamed on the encoder after the speech is made.
     */
    private void refuseUnwritable(String video) {
        String name = output.getFileName().toString();
        Path sameLength = output.resolveSibling("." + name.substring(1));
        try {
            Files.createFile(temp);
            Files.delete(temp);
            Files.createFile(sameLength);
            Files.delete(sameLength);
        } catch (FileAlreadyExistsException e) {
            // the name fits: a file by that name is there already (left alone)
        } catch (IOException e) {
            throw new InputException(video + ": cannot write in " + temp.getParent() + " (" + InputChecks.reason(e) + ")");
        }
    }

    /** A hidden name beside {@code target}, kept short so a long output name still leaves room for it. */
    private static Path tempFor(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return target.resolveSibling("." + stem.substring(0, Math.min(stem.length(), 64)) + ".partial-"
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
        Path path = tempOf(target);
        staged.add(new Path[] {path, target});
        return path;
    }

    /** The temp name of {@code target}, the same each time this run asks (the clash check sees the real ones). */
    private synchronized Path tempOf(Path target) {
        return temps.computeIfAbsent(target, OutputFiles::tempFor);
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
                FileTrees.delete(t);
            } catch (IOException e) {
                // best effort: a left-over temp is named .partial- and never mistaken for an output
            }
        }
    }

}
