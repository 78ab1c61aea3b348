package dev.scriptcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render killed with SIGKILL midway leaves no output, and the next run finishes from the sentences and
 * segments the killed one had finished, giving the same video as a render that was never interrupted.
 */
class ResumeAfterKillTest {
    @TempDir
    Path dir;

    @Test
    void aKilledRenderResumesFromItsFinishedSentencesAndSegments() throws Exception {
        String text = (IncrementalRenderTest.SCRIPT + "\n").repeat(3);
        Path cache = dir.resolve("cache");
        Path killed = Files.createDirectories(dir.resolve("killed")).resolve("talk.txt");
        Files.writeString(killed, text);
        Path config = Files.writeString(dir.resolve("c.yaml"), """
                work: {dir: %s}
                music: {skip: true}
                speech: {engine: mary}
                video: {size: 320x180, fps: 12, encoder: libx264, preset: ultrafast}
                avatar: {enabled: true}
                visualizer: {enabled: true}
                captions: {burn: true}
                """.formatted(cache));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", classpath,
                "dev.scriptcast.cli.Main", "render", killed.toString(), "--config", config.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (finishedSegments(cache) < 2 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isEqualTo(137);
        assertThat(killed.resolveSibling("talk.mp4")).doesNotExist();
        long finishedBeforeKill = finishedSegments(cache);
        assertThat(finishedBeforeKill).isGreaterThanOrEqualTo(2);

        Scriptcast.render(new RenderRequest(killed, IncrementalRenderTest.config(cache), 2), ProgressListener.NONE);
        JsonNode segments = IncrementalRenderTest.segments(killed);
        long reused = StreamSupport.stream(segments.spliterator(), false)
                .filter(s -> s.get("reused").asBoolean()).count();
        assertThat(reused).isGreaterThanOrEqualTo(finishedBeforeKill);

        Path whole = IncrementalRenderTest.render(text, dir.resolve("whole"), dir.resolve("fresh-cache"));
        DecodedMedia resumed = DecodedMedia.of(killed.resolveSibling("talk.mp4"));
        DecodedMedia uninterrupted = DecodedMedia.of(IncrementalRenderTest.output(whole));
        assertThat(resumed.frameHashes()).isNotEmpty().isEqualTo(uninterrupted.frameHashes());
        assertThat(resumed.audioHash()).isEqualTo(uninterrupted.audioHash());
    }

    private static long finishedSegments(Path cache) throws IOException {
        Path segments = cache.resolve("segments");
        if (!Files.isDirectory(segments)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(segments)) {
            return files.filter(f -> f.getFileName().toString().matches("[0-9a-f]{40}\\.mp4")).count();
        }
    }
}
