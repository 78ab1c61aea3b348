package dev.scriptcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.config.ConfigValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four renders at once in one JVM, with different scripts, engines and settings, give exactly the frames and
 * sound they give one at a time, leave the callers' settings untouched (front matter and a rounded size apply
 * to the render only), and leave no thread or file open.
 */
class ConcurrentRenderTest {
    @TempDir
    Path dir;

    private record Job(String name, String script, Map<String, Object> settings) {}

    private static final List<Job> JOBS = List.of(
            new Job("mary-bars", "---\nvisualizer:\n  style: radial\n---\nHello there. This is the first of four.\n",
                    Map.of("speech.engine", "mary", "video.size", "321x181", "video.fps", 15,
                            "visualizer.enabled", true, "captions.burn", true)),
            new Job("espeak-avatar", "A second voice speaks here, with a presenter.\n",
                    Map.of("speech.engine", "espeak", "video.size", "256x144", "video.fps", 24,
                            "avatar.enabled", true, "background.source", "#203040")),
            new Job("mary-avatar", "The third talk is short.\n\nIt has two paragraphs.\n",
                    Map.of("speech.engine", "mary", "video.size", "320x180", "video.fps", 10,
                            "avatar.enabled", true, "avatar.look", "nova", "visualizer.enabled", true,
                            "visualizer.style", "wave")),
            new Job("espeak-captions", "Number four, 4 words, then done.\n",
                    Map.of("speech.engine", "espeak", "video.size", "320x180", "video.fps", 12,
                            "captions.burn", true, "background.source", "#802020")));

    @Test
    void fourRendersAtOnceMatchTheSameRendersOneAtATime() throws Exception {
        List<DecodedMedia> alone = new ArrayList<>();
        for (Job job : JOBS) {
            alone.add(DecodedMedia.of(render(job, dir.resolve("alone"), 2)));
        }
        Set<Long> threadsBefore = liveThreadIds();
        long filesBefore = openFiles();
        List<ConfigValues> configs = JOBS.stream().map(job -> config(job, dir.resolve("together"))).toList();
        // eSpeak NG's samples differ slightly from call to call even one at a time, so its jobs reuse the speech
        // they made alone; MaryTTS is deterministic and synthesises again, four paragraphs at once.
        JOBS.stream().filter(job -> job.settings().get("speech.engine").equals("espeak")).forEach(job ->
                configs.get(JOBS.indexOf(job)).set("work.dir", cache(job, dir.resolve("alone")).toString(), "test"));
        Map<String, Object> configBefore = Map.copyOf(nullsAsText(configs.getFirst().asMap()));

        List<Path> outputs = new ArrayList<>();
        try (ExecutorService callers = Executors.newFixedThreadPool(JOBS.size())) {
            List<Future<Path>> renders = new ArrayList<>();
            for (int i = 0; i < JOBS.size(); i++) {
                Job job = JOBS.get(i);
                ConfigValues config = configs.get(i);
                renders.add(callers.submit(() -> Scriptcast.render(
                        new RenderRequest(script(job, dir.resolve("together")), config, 2), ProgressListener.NONE)
                        .output()));
            }
            for (Future<Path> render : renders) {
                outputs.add(render.get());
            }
        }

        for (int i = 0; i < JOBS.size(); i++) {
            DecodedMedia together = DecodedMedia.of(outputs.get(i));
            assertThat(together.frameHashes()).as(JOBS.get(i).name() + " frames").isNotEmpty()
                    .isEqualTo(alone.get(i).frameHashes());
            assertThat(together.audioSamples()).as(JOBS.get(i).name() + " audio").isPositive();
            assertThat(together.audioHash()).as(JOBS.get(i).name() + " audio").isEqualTo(alone.get(i).audioHash());
        }
        assertThat(nullsAsText(configs.getFirst().asMap())).as("the caller's settings").isEqualTo(configBefore);
        assertThat(configs.getFirst().notices()).isEmpty();
        assertNothingLeft(threadsBefore, filesBefore);
    }

    private Path render(Job job, Path folder, int threads) throws Exception {
        return Scriptcast.render(new RenderRequest(script(job, folder), config(job, folder), threads),
                ProgressListener.NONE).output();
    }

    private static Path script(Job job, Path folder) throws IOException {
        Path jobDir = Files.createDirectories(folder.resolve(job.name()));
        Path script = jobDir.resolve("talk.txt");
        if (!Files.exists(script)) {
            Files.writeString(script, job.script());
        }
        return script;
    }

    private static ConfigValues config(Job job, Path folder) {
        ConfigValues config = new ConfigValues()
                .set("work.dir", cache(job, folder).toString(), "test")
                .set("music.skip", true, "test")
                .set("video.encoder", "libx264", "test")
                .set("video.preset", "ultrafast", "test");
        job.settings().forEach((key, value) -> config.set(key, value, "test"));
        return config;
    }

    private static Path cache(Job job, Path folder) {
        return folder.resolve(job.name()).resolve("cache");
    }

    private static Map<String, Object> nullsAsText(Map<String, Object> values) {
        return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> String.valueOf(e.getValue())));
    }

    /** Threads and open files settle back to what they were before the renders (a short wait allowed). */
    private static void assertNothingLeft(Set<Long> threadsBefore, long filesBefore) throws Exception {
        List<String> leaked = List.of();
        long files = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 50; attempt++) {
            leaked = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.isAlive() && !threadsBefore.contains(t.threadId()))
                    // the JVM-wide common pool keeps idle workers a while; no render owns them
                    .filter(t -> !t.getName().startsWith("ForkJoinPool.commonPool"))
                    .map(Thread::getName).sorted().toList();
            files = openFiles();
            if (leaked.isEmpty() && files <= filesBefore) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(leaked).as("threads left running after the renders").isEmpty();
        assertThat(files).as("open file descriptors").isLessThanOrEqualTo(filesBefore);
    }

    private static Set<Long> liveThreadIds() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::threadId).collect(Collectors.toSet());
    }

    private static long openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
