package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during encoding: exit code 130, the segment being encoded is removed from the cache folder, no output
 * appears and no stack trace.
 */
class InterruptTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"mary", "espeak"})
    void ctrlCExitsWith130AndRemovesTheTempFile(String engine) throws Exception {
        assumeFalse(sigintIgnored(), "this test runs with SIGINT ignored (started as a background job of a shell "
                + "without job control), which the render would inherit: Ctrl-C could not reach it");
        Path script = Files.writeString(dir.resolve("long.txt"), "Here we go. [pause 60s] Done.\n");
        Path config = Files.writeString(dir.resolve("c.yaml"), "work:\n  dir: " + dir.resolve("cache") + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
                "dev.scriptcast.cli.Main", "render", script.toString(), "--config", config.toString(), "--quiet",
                "--tts-engine", engine)
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (segmentTemps().isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(segmentTemps()).as("encoding started: " + Files.readString(dir.resolve("log.txt"))).isNotEmpty();
        new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(130);
        assertThat(partialFiles()).isEmpty();
        assertThat(segmentTemps()).isEmpty();
        assertThat(dir.resolve("long.mp4")).doesNotExist();
        assertThat(Files.readString(dir.resolve("log.txt"))).doesNotContain("Exception").doesNotContain("MARY");
    }

    /** Whether this process ignores SIGINT (signal 2, the mask 0x2 in the kernel's SigIgn): its children do too. */
    private static boolean sigintIgnored() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("SigIgn:"))
                .anyMatch(l -> (Long.parseLong(l.substring("SigIgn:".length()).strip(), 16) & 2) != 0);
    }

    /** A segment being encoded: a temp file in the segment cache, renamed to its key when complete. */
    private List<Path> segmentTemps() throws IOException {
        Path segments = dir.resolve("cache").resolve("segments");
        if (!Files.isDirectory(segments)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(segments)) {
            return files.filter(f -> f.getFileName().toString().startsWith("entry")).toList();
        }
    }

    private List<Path> partialFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().contains(".partial-")).toList();
        }
    }
}
