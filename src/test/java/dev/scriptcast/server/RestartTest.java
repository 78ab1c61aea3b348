package dev.scriptcast.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server killed with SIGKILL while jobs wait finishes them all after a restart on the same data folder. */
class RestartTest {
    private static final Pattern LISTENING = Pattern.compile("studio at (http://\\S+/)");

    @TempDir
    Path data;

    private record Server(Process process, Api api, String line) {}

    @Test
    void jobsQueuedAtAKillAreFinishedAfterRestart() throws Exception {
        Server first = start();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(first.api().submit("Job number " + (i + 1) + " waits its turn. " + "It says a little more. ".repeat(8),
                    Map.of("speech", Map.of("engine", "espeak"), "video", Map.of("size", "640x360", "fps", 30),
                            "music", Map.of("skip", true))));
        }
        assertThat(first.api().awaitState(ids.getFirst(), "running", 120).path("state").asText()).isEqualTo("running");
        long unfinished = ids.stream().filter(id -> !state(first.api(), id).equals("done")).count();

        first.process().destroyForcibly(); // SIGKILL: no shutdown hook, no chance to tidy up
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(unfinished).isGreaterThanOrEqualTo(2);

        Server second = start();
        try {
            assertThat(second.line()).contains("unfinished jobs queued again");
            for (String id : ids) {
                JsonNode job = second.api().awaitFinished(id, 240);
                assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("done");
                Path out = data.resolve("jobs").resolve(id).resolve("out");
                assertThat(Videos.decode(out.resolve("video.mp4")).frames()).isGreaterThan(30);
                try (Stream<Path> files = Files.list(out)) {
                    assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial-"));
                }
            }
        } finally {
            second.process().destroy();
            second.process().waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static String state(Api api, String id) {
        try {
            return api.job(id).path("state").asText();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code scriptcast serve} in its own JVM on a free port, once it says where it listens. */
    private Server start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java, "@" + Path.of("scripts", "jvm.options").toAbsolutePath(), "-cp", classpath,
                "dev.scriptcast.cli.Main", "serve", "--port", "0", "--jobs", "1", "--data", data.toString())
                .redirectError(Files.createTempFile(data.getParent(), "serve", ".err").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("first line of scriptcast serve").isNotNull();
        Matcher m = LISTENING.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return new Server(p, new Api(URI.create(m.group(1)), null), line);
    }
}
