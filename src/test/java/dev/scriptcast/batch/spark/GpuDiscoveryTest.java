package dev.scriptcast.batch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.batch.BatchItem;
import dev.scriptcast.batch.BatchJob;
import dev.scriptcast.batch.BatchSettings;
import dev.scriptcast.batch.Renderer;
import dev.scriptcast.config.ConfigValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** What {@code --spark-gpus N} asks of Spark: N GPUs per executor found by our script, one per lip-sync task. */
class GpuDiscoveryTest {
    private static BatchJob job(Map<String, Object> itemConfig) {
        BatchItem item = new BatchItem("talk", "/shared/talk.txt", itemConfig, "items.jsonl:1");
        return new BatchJob(List.of(item), BatchSettings.of(new ConfigValues()), 0, Renderer.SCRIPTCAST);
    }

    @Test
    void eachExecutorHoldsNGpusFromTheAppsScriptAndALipSyncTaskTakesOne() {
        SparkConf conf = new SparkConf(false);

        GpuDiscovery.offer(conf, 4);
        SparkBatch.askForGpus(job(Map.of("avatar.lipsync_model", "/shared/wav2lip.onnx")), conf);

        assertThat(conf.get(GpuDiscovery.AMOUNT)).isEqualTo("4");
        Path script = Path.of(conf.get(GpuDiscovery.SCRIPT));
        assertThat(script).isEqualTo(Path.of("scripts/gpu-discovery.sh").toAbsolutePath());
        assertThat(Files.isExecutable(script)).isTrue();
        assertThat(conf.get("spark.task.resource.gpu.amount")).isEqualTo("1");
    }

    @Test
    void theUsersOwnScriptAndAmountStand() {
        SparkConf conf = new SparkConf(false).set(GpuDiscovery.SCRIPT, "/opt/spark/getGpusResources.sh")
                .set(GpuDiscovery.AMOUNT, "2");

        GpuDiscovery.offer(conf, 4);

        assertThat(conf.get(GpuDiscovery.SCRIPT)).isEqualTo("/opt/spark/getGpusResources.sh");
        assertThat(conf.get(GpuDiscovery.AMOUNT)).isEqualTo("2");
    }

    @Test
    void withoutTheFlagOrWithoutLipSyncNoGpuIsAskedFor() {
        SparkConf none = new SparkConf(false);
        GpuDiscovery.offer(none, 0);
        SparkBatch.askForGpus(job(Map.of("avatar.lipsync_model", "/shared/wav2lip.onnx")), none);
        assertThat(none.getAll()).isEmpty();

        SparkConf drawn = new SparkConf(false);
        GpuDiscovery.offer(drawn, 4);
        SparkBatch.askForGpus(job(Map.of()), drawn);
        assertThat(drawn.contains("spark.task.resource.gpu.amount")).isFalse();
    }
}
