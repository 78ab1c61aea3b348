package dev.scriptcast.batch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.batch.BatchInput;
import dev.scriptcast.batch.BatchJob;
import dev.scriptcast.batch.BatchListener;
import dev.scriptcast.batch.BatchSettings;
import dev.scriptcast.batch.BatchSummary;
import dev.scriptcast.batch.ItemOutcome;
import dev.scriptcast.batch.LocalBatch;
import dev.scriptcast.batch.Renderer;
import dev.scriptcast.batch.SparkLink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch as a Spark job in local mode: the same outputs as a local batch, Spark's retries, bad input not retried. */
class SparkBatchTest {
    @TempDir
    Path dir;

    private BatchSettings settings() {
        return SmallBatch.settings(dir);
    }

    private Path manifest(String... lines) throws IOException {
        Files.writeString(dir.resolve("one.txt"), "Hello from the first video.");
        Files.writeString(dir.resolve("two.md"), "# Two\n\nThe second one, with a caption.");
        Files.writeString(dir.resolve("flaky.txt"), "This one fails once.");
        return Files.writeString(dir.resolve("items.jsonl"), String.join("\n", lines) + "\n");
    }

    @Test
    void sparkMakesWhatALocalBatchMakes() throws Exception {
        Path manifest = manifest("{\"script\": \"one.txt\"}",
                "{\"script\": \"two.md\", \"config\": {\"captions\": {\"burn\": true}}}");
        BatchJob job = new BatchJob(BatchInput.read(manifest), settings(), 2, Renderer.SCRIPTCAST);
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");

        LocalBatch.run(job, local, 2, 2, BatchListener.NONE);
        BatchSummary summary = SparkLink.run(job, spark.toString(), "local[2]", BatchListener.NONE);

        assertThat(summary.count(ItemOutcome.Status.DONE)).isEqualTo(2);
        assertThat(names(spark)).isEqualTo(names(local)).contains("one.mp4", "two.srt", "two.report");
        for (String name : List.of("one", "two")) {
            assertThat(Decoded.of(spark.resolve(name + ".mp4"))).as(name).isEqualTo(Decoded.of(local.resolve(name + ".mp4")));
            assertThat(spark.resolve(name + ".vtt")).hasSameTextualContentAs(local.resolve(name + ".vtt"));
        }
        BatchSummary rerun = LocalBatch.run(job, spark, 2, 2, BatchListener.NONE);
        assertThat(rerun.count(ItemOutcome.Status.SKIPPED)).as("Spark's records are local mode's").isEqualTo(2);
    }

    @Test
    void sparkRetriesATransientFailureButNeverBadInput() throws Exception {
        Path manifest = manifest("{\"script\": \"flaky.txt\"}",
                "{\"script\": \"one.txt\", \"name\": \"no-music\", \"config\": {\"music\": {\"skip\": false,"
                        + " \"path\": \"missing.mp3\"}}}",
                "{\"script\": \"two.md\"}");
        Path calls = Files.createDirectories(dir.resolve("calls"));
        BatchJob job = new BatchJob(BatchInput.read(manifest), settings(), 2,
                new CountingRenderer(calls.toString(), "flaky.txt"));

        BatchSummary summary = SparkLink.run(job, dir.resolve("out").toString(), "local[2]", BatchListener.NONE);

        Map<String, ItemOutcome> byName = summary.items().stream()
                .collect(Collectors.toMap(ItemOutcome::name, Function.identity()));
        assertThat(byName.get("flaky").status()).isEqualTo(ItemOutcome.Status.DONE);
        assertThat(byName.get("flaky").attempts()).isEqualTo(2);
        assertThat(CountingRenderer.calls(calls.resolve("flaky.txt.calls"))).isEqualTo(2);
        assertThat(byName.get("no-music").status()).isEqualTo(ItemOutcome.Status.FAILED);
        assertThat(byName.get("no-music").attempts()).isEqualTo(1);
        assertThat(byName.get("no-music").error()).contains("missing.mp3");
        assertThat(CountingRenderer.calls(calls.resolve("one.txt.calls"))).as("bad input runs once").isEqualTo(1);
        assertThat(byName.get("two").status()).isEqualTo(ItemOutcome.Status.DONE);
        assertThat(dir.resolve("out/flaky.mp4")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("out/batch.json"))).contains("\"failed\" : 1", "\"done\" : 2");
    }

    @Test
    void localMastersRetryOnlyWhenTheyNameHowOften() {
        assertThat(SparkBatch.withRetries("local[2]", 3)).isEqualTo("local[2,3]");
        assertThat(SparkBatch.withRetries("local[*]", 1)).isEqualTo("local[*,1]");
        assertThat(SparkBatch.withRetries("local", 3)).isEqualTo("local[1,3]");
        assertThat(SparkBatch.withRetries("local[2,5]", 3)).isEqualTo("local[2,5]");
        assertThat(SparkBatch.withRetries("spark://host:7077", 3)).isEqualTo("spark://host:7077");
    }

    private static List<String> names(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("batch.")).sorted().toList();
        }
    }
}
