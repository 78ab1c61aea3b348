package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scriptcast batch} as a user runs it: tiny real renders, checked by decoding what was written. */
class BatchCommandTest {
    @TempDir
    Path dir;

    /** The config file's name; its speech cache is named after it. */
    private String configName = "tiny.yaml";

    private CliRun batch(Path input, Path out, String... extra) throws IOException {
        Path config = Files.writeString(dir.resolve(configName), "work:\n  dir: " + dir.resolve(configName + ".cache")
                + "\nspeech:\n  engine: espeak\nvideo:\n  size: 320x180\n  fps: 10\n  preset: ultrafast\n");
        List<String> args = new ArrayList<>(List.of("batch", input.toString(), "-o", out.toString(),
                "--config", config.toString(), "--skip-music"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aBadItemFailsAloneAndTheOthersRender() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("hello.txt"), "Hello there.");
        Files.writeString(scripts.resolve("bye.md"), "# Bye\n\nSee you soon.");
        Files.writeString(scripts.resolve("broken.txt"), "\n\n");
        Path out = dir.resolve("out");

        CliRun run = batch(scripts, out, "--jobs", "2");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.errLines()).filteredOn(l -> l.contains(" failed: ")).singleElement().asString()
                .contains("broken failed", "broken.txt", "no text to speak");
        for (String name : List.of("hello", "bye")) {
            assertPlayable(out.resolve(name + ".mp4"));
            assertThat(out.resolve(name + ".srt")).isNotEmptyFile();
            assertThat(out.resolve(name + ".vtt")).isNotEmptyFile();
            assertThat(out.resolve(name + ".report/metrics.json")).isNotEmptyFile();
        }
        assertThat(out.resolve("broken.mp4")).doesNotExist();
        JsonNode summary = summary(out);
        assertThat(summary.path("done").asInt()).isEqualTo(2);
        assertThat(summary.path("failed").asInt()).isEqualTo(1);
        JsonNode broken = item(summary, "broken");
        assertThat(broken.path("status").asText()).isEqualTo("failed");
        assertThat(broken.path("script").asText()).endsWith("broken.txt");
        assertThat(broken.path("attempts").asInt()).as("bad input is never retried").isEqualTo(1);
        assertThat(broken.path("error").asText()).contains("broken.txt");
        assertThat(Files.readString(out.resolve("batch.md"))).contains("| broken | failed | 1 |");
    }

    @Test
    void aRerunSkipsEverythingAndAChangeRendersOnlyThatItem() throws Exception {
        Files.writeString(dir.resolve("one.txt"), "The first lesson.");
        Files.writeString(dir.resolve("two.txt"), "The second lesson.");
        Path manifest = dir.resolve("course.jsonl");
        Files.writeString(manifest, "{\"script\": \"one.txt\", \"name\": \"lesson-1\"}\n"
                + "{\"script\": \"two.txt\", \"name\": \"lesson-2\", \"config\": {\"video\": {\"fps\": 8}}}\n");
        Path out = dir.resolve("out");
        assertThat(batch(manifest, out).exitCode()).isZero();
        Map<Path, String> before = snapshot(out);
        configName = "same-settings-elsewhere.yaml";

        CliRun again = batch(manifest, out);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(statuses(out)).containsExactly("skipped", "skipped");
        assertThat(snapshot(out)).as("every output, byte for byte and by its time").isEqualTo(before);

        Files.writeString(dir.resolve("one.txt"), "The first lesson, rewritten.");
        assertThat(batch(manifest, out).exitCode()).isZero();
        assertThat(statuses(out)).containsExactly("done", "skipped");
        assertThat(changed(before, snapshot(out))).allMatch(p -> p.startsWith("lesson-1"));

        Map<Path, String> afterScript = snapshot(out);
        Files.writeString(manifest, Files.readString(manifest).replace("\"fps\": 8", "\"fps\": 9"));
        assertThat(batch(manifest, out).exitCode()).isZero();
        assertThat(statuses(out)).containsExactly("skipped", "done");
        assertThat(changed(afterScript, snapshot(out))).isNotEmpty().allMatch(p -> p.startsWith("lesson-2"));
        try (FFmpegFrameGrabber video = new FFmpegFrameGrabber(out.resolve("lesson-2.mp4").toFile())) {
            video.start();
            assertThat(video.getFrameRate()).isEqualTo(9.0);
        }
    }

    @Test
    void anUnreadableManifestIsBadUsageNamingTheLine() throws IOException {
        Path manifest = Files.writeString(dir.resolve("m.jsonl"), "{\"script\": \"a.txt\"}\n{\"script\": 3}\n");

        CliRun.assertBadInput(batch(manifest, dir.resolve("out")), "m.jsonl:2", "script");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void badUsageIsOneLine() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("in"));
        Files.writeString(scripts.resolve("a.txt"), "Hi.");
        Path out = dir.resolve("out");

        CliRun.assertBadInput(batch(scripts, out, "--jobs", "0"), "--jobs", "at least 1");
        CliRun.assertBadInput(batch(scripts, out, "--jobs", "2", "--spark", "local[2]"), "--jobs", "--spark");
        CliRun.assertBadInput(batch(scripts, Path.of("hdfs://cluster/videos")), "needs --spark");
        CliRun.assertBadInput(batch(scripts, out, "--spark", "foo"), "--spark foo: not a Spark master");
        CliRun.assertBadInput(batch(scripts, out, "--spark-gpus", "2"), "--spark-gpus: needs --spark");
        CliRun.assertBadInput(batch(scripts, out, "--spark", "local[2]", "--spark-gpus", "0"), "--spark-gpus",
                "at least 1");
        CliRun.assertBadInput(CliRun.of("batch", scripts.toString()), "-o");
        CliRun.assertBadInput(batch(scripts, scripts.resolve("a.txt")), "a.txt: is a file");
        assertThat(out).doesNotExist();
    }

    private static void assertPlayable(Path video) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            assertThat(grabber.getImageWidth()).isEqualTo(320);
            int pictures = 0;
            int samples = 0;
            for (Frame f; (f = grabber.grab()) != null; ) {
                pictures += f.image != null ? 1 : 0;
                samples += f.samples != null ? f.samples[0].remaining() : 0;
            }
            assertThat(pictures).as(video + " pictures").isGreaterThan(5);
            assertThat(samples).as(video + " sound").isGreaterThan(10_000);
        }
    }

    private static JsonNode summary(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("batch.json").toFile());
    }

    private static JsonNode item(JsonNode summary, String name) {
        for (JsonNode item : summary.path("items")) {
            if (item.path("name").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no item " + name + " in " + summary);
    }

    private static List<String> statuses(Path out) throws IOException {
        List<String> statuses = new ArrayList<>();
        summary(out).path("items").forEach(i -> statuses.add(i.path("status").asText()));
        return statuses;
    }

    /** Every file under {@code out} but the batch summary, with its modification time and contents' hash. */
    private static Map<Path, String> snapshot(Path out) throws Exception {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                Path name = out.relativize(file);
                if (!name.toString().startsWith("batch.")) {
                    FileTime time = Files.getLastModifiedTime(file);
                    files.put(name, time + " " + HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                }
            }
        }
        return files;
    }

    private static List<String> changed(Map<Path, String> before, Map<Path, String> after) {
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey().toString()).toList();
    }
}
