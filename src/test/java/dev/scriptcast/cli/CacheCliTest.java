package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scriptcast cache}: the same folder a render uses, what it holds, pruning and clearing it. */
class CacheCliTest {
    @TempDir
    Path dir;

    private Path work() {
        return dir.resolve("work");
    }

    private Path config(String extra) throws IOException {
        return Files.writeString(dir.resolve("c.yaml"), "work:\n  dir: " + work() + "\n" + extra);
    }

    private Path entry(String kind, String name, int bytes, int daysAgo) throws IOException {
        Path file = Files.write(Files.createDirectories(work().resolve(kind)).resolve(name), new byte[bytes]);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(daysAgo))));
        return file;
    }

    private Path speech(int n, int bytes, int daysAgo) throws IOException {
        return entry("speech", "%032x.speech".formatted(n), bytes, daysAgo);
    }

    private Path segment(int n, int bytes, int daysAgo) throws IOException {
        entry("segments", "%016x.sum".formatted(n), 40, daysAgo);
        return entry("segments", "%016x.mp4".formatted(n), bytes, daysAgo);
    }

    @Test
    void showsTheConfiguredFolderWithEachKindAndTheTotal() throws IOException {
        speech(1, 2048, 0);
        speech(2, 2048, 0);
        segment(3, 3 * 1024 * 1024 - 40, 0);

        CliRun run = CliRun.of("cache", "--config", config("").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(work().toString(),
                "  speech           2 entries     4.0 KB",
                "  segments         1 entry       3.0 MB",
                "  soundtracks      0 entries        0 B",
                "  total            3 entries     3.0 MB");
    }

    @Test
    void aFolderNotThereYetIsEmptyNotAnError() throws IOException {
        Path config = config("");

        CliRun show = CliRun.of("cache", "--config", config.toString());
        CliRun clear = CliRun.of("cache", "clear", "--config", config.toString());

        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains(work() + ": empty");
        assertThat(clear.exitCode()).as(clear.err()).isZero();
        assertThat(clear.out()).contains(work() + ": empty");
        assertThat(work()).doesNotExist();
    }

    @Test
    void pruneByAgeRemovesWhatWasNotUsedSinceAndSaysWhatIsLeft() throws IOException {
        Path old = speech(1, 1000, 40);
        Path oldSegment = segment(2, 5000, 31);
        Path recent = speech(3, 1000, 2);

        CliRun run = CliRun.of("cache", "prune", "--older-than", "30d", "--config", config("").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("removed 2 entries (5.9 KB) from " + work() + "; 1 entry (1000 B) left\n");
        assertThat(old).doesNotExist();
        assertThat(oldSegment).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void pruneToASizeKeepsTheMostRecentlyUsed() throws IOException {
        Path oldest = speech(1, 4096, 3);
        Path newest = speech(2, 4096, 1);

        CliRun run = CliRun.of("cache", "--config", config("").toString(), "prune", "--max-size", "5KB");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("removed 1 entry (4.0 KB)");
        assertThat(oldest).doesNotExist();
        assertThat(newest).exists();
    }

    @Test
    void pruneWithNoOptionUsesTheConfiguredMaximum() throws IOException {
        Path oldest = speech(1, 4096, 3);
        Path newest = speech(2, 4096, 1);

        CliRun run = CliRun.of("cache", "prune", "--config", config("cache:\n  max_size: 4KB\n").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oldest).doesNotExist();
        assertThat(newest).exists();
    }

    @Test
    void clearRemovesEveryEntryAndNothingElse() throws IOException {
        speech(1, 1000, 0);
        segment(2, 2000, 0);
        Path notes = Files.writeString(work().resolve("speech").resolve("notes.txt"), "mine");

        CliRun run = CliRun.of("cache", "clear", "--config", config("").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("removed 2 entries (3.0 KB) from " + work());
        assertThat(notes).exists();
        assertThat(CliRun.of("cache", "--config", config("").toString()).out()).contains("total            0 entries");
    }

    @Test
    void badValuesAreOneLineAndRemoveNothing() throws IOException {
        Path kept = speech(1, 1000, 400);
        String config = config("").toString();

        CliRun.assertBadInput(CliRun.of("cache", "prune", "--older-than", "soon", "--config", config),
                "--older-than", "30d", "soon");
        CliRun.assertBadInput(CliRun.of("cache", "prune", "--max-size", "-3", "--config", config),
                "--max-size", "500MB", "-3");
        CliRun.assertBadInput(CliRun.of("cache", "prune", "--config", config), "--older-than", "--max-size");
        CliRun.assertBadInput(CliRun.of("cache", "--config", config("cache:\n  max_size: lots\n").toString()),
                "cache.max_size", "lots");
        assertThat(kept).exists();
    }

    @Test
    void aRenderKeepsTheCacheWithinTheConfiguredMaximum() throws IOException {
        Path script = Files.writeString(dir.resolve("talk.txt"), "Hello there.\n");

        assertThat(render(script, config("")).exitCode()).isZero();
        assertThat(speechEntries()).isEqualTo(1);
        CliRun capped = render(script, config("cache:\n  max_size: 1KB\n"));

        assertThat(capped.exitCode()).as(capped.err()).isZero();
        assertThat(dir.resolve("talk.mp4")).isNotEmptyFile();
        assertThat(speechEntries()).isZero();
    }

    private static CliRun render(Path script, Path config) {
        return CliRun.of("render", script.toString(), "--config", config.toString(), "--tts-engine", "espeak",
                "--size", "256x144", "--fps", "10", "--skip-music", "--quiet");
    }

    private long speechEntries() throws IOException {
        try (Stream<Path> files = Files.list(work().resolve("speech"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".speech")).count();
        }
    }
}
