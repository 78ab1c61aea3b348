package dev.scriptcast.batch.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scriptcast.base.InputException;
import dev.scriptcast.batch.Assigned;
import dev.scriptcast.batch.BatchItem;
import dev.scriptcast.batch.BatchSettings;
import dev.scriptcast.batch.ItemConfig;
import dev.scriptcast.batch.ItemOutcome;
import dev.scriptcast.batch.ItemRender;
import dev.scriptcast.batch.LocalStore;
import dev.scriptcast.batch.Renderer;
import dev.scriptcast.config.ConfigValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.resource.ResourceInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GPU Spark gives a task becomes the device the item's lip-sync model is asked to run on. */
class GpuAssignmentTest {
    @TempDir
    Path dir;

    private static Map<String, ResourceInformation> gpus(String... addresses) {
        return Map.of("gpu", new ResourceInformation("gpu", addresses));
    }

    private BatchSettings settings() {
        return SmallBatch.settings(dir);
    }

    private BatchItem item(Map<String, Object> config) {
        return new BatchItem("talk", dir.resolve("talk.txt").toString(), config, "items.jsonl:1");
    }

    @Test
    void theFirstAssignedGpuIsTheItemsDeviceOverItsOwnSetting() {
        Assigned assigned = GpuAssignment.from(gpus("2", "3"));

        ConfigValues config = ItemConfig.effective(settings(), item(Map.of("avatar.gpu", 0)), assigned, dir);

        assertThat(config.integer("avatar.gpu")).isEqualTo(2);
        assertThat(config.origin("avatar.gpu")).isEqualTo("avatar.gpu from the GPU Spark assigned");
    }

    @Test
    void withoutAGpuResourceTheItemKeepsItsSettings() {
        assertThat(GpuAssignment.from(Map.of())).isEqualTo(Assigned.NONE);
        assertThat(GpuAssignment.from(gpus())).isEqualTo(Assigned.NONE);
        Assigned fpgaOnly = GpuAssignment.from(Map.of("fpga", new ResourceInformation("fpga", new String[] {"1"})));

        ConfigValues config = ItemConfig.effective(settings(), item(Map.of("avatar.gpu", 1)), fpgaOnly, dir);

        assertThat(config.integer("avatar.gpu")).isEqualTo(1);
        assertThat(ItemConfig.effective(settings(), item(Map.of()), fpgaOnly, dir).integer("avatar.gpu")).isZero();
    }

    @Test
    void anAddressThatIsNotADeviceIndexIsOneLineNamingSpark() {
        Assigned uuid = GpuAssignment.from(gpus("GPU-5f0c2d1e"));

        assertThatThrownBy(() -> ItemConfig.effective(settings(), item(Map.of()), uuid, dir))
                .isInstanceOf(InputException.class)
                .hasMessage("avatar.gpu from the GPU Spark assigned: must be a whole number (got GPU-5f0c2d1e)");
    }

    @Test
    void theRenderRecordsTheAssignedGpuAndAnotherGpuNextTimeDoesNotRenderAgain() throws Exception {
        Files.writeString(dir.resolve("talk.txt"), "Rendered on the GPU Spark gave this task.");
        ItemRender render = new ItemRender(settings(), Renderer.SCRIPTCAST);
        LocalStore store = new LocalStore(Files.createDirectories(dir.resolve("out")));

        ItemRender.Attempt first = render.attempt(item(Map.of()), store, 2, GpuAssignment.from(gpus("2")));
        ItemRender.Attempt second = render.attempt(item(Map.of()), store, 2, GpuAssignment.from(gpus("0")));

        assertThat(first).isEqualTo(new ItemRender.Finished(ItemOutcome.Status.DONE, null));
        JsonNode inputs = new ObjectMapper().readTree(dir.resolve("out/talk.report/metrics.json").toFile())
                .path("run").path("inputs");
        assertThat(inputs.path("settings").path("avatar.gpu").asInt(-1)).isEqualTo(2);
        assertThat(inputs.path("settingOrigins").path("avatar.gpu").asText()).contains("Spark");
        assertThat(second).as("the same video, whichever GPU").isEqualTo(
                new ItemRender.Finished(ItemOutcome.Status.SKIPPED, null));
    }
}
