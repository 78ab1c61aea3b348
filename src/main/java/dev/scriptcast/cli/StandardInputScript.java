package dev.scriptcast.cli;

import dev.scriptcast.base.InputException;
import dev.scriptcast.script.ScriptParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The script to render: the given file, or for {@code -} standard input saved to a private temp folder (removed
 * on close), since every later stage names and re-reads its script by path.
 */
record StandardInputScript(Path path, Path tempDir) implements AutoCloseable {
    static final String STDIN = "-";

    static StandardInputScript readIfAsked(Path script, Path output) throws IOException {
        if (!script.toString().equals(STDIN)) {
            return new StandardInputScript(script, null);
        }
        if (output == null) {
            throw new InputException("-o: give an output file when the script comes from standard input (-)");
        }
        Path dir = Files.createTempDirectory("scriptcast-stdin");
        Path file = dir.resolve("stdin.txt");
        Files.write(file, System.in.readNBytes((int) ScriptParser.MAX_BYTES + 1));
        return new StandardInputScript(file, dir);
    }

    @Override
    public void close() throws IOException {
        if (tempDir != null) {
            try (Stream<Path> files = Files.walk(tempDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
