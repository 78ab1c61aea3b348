package dev.scriptcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scriptcast.config.ConfigValues;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render's own CPU figure covers the pools that work for it (speech, composition), not just its pipeline
 * thread, so the report can say what this render cost when several share a JVM.
 */
class RenderCpuTest {
    @TempDir
    Path dir;

    @Test
    void compositionThreadsCountTowardTheRendersOwnCpu() throws Exception {
        Path script = Files.writeString(dir.resolve("talk.txt"), "A short talk to measure.\n\n"
                + "It has a second paragraph, spoken on another thread.\n\n[pause 4s]\n");
        ConfigValues config = QuickRender.config(dir.resolve("cache"), "espeak", "320x180", 25)
                .set("background.source", photo().toString(), "test")
                .set("background.kenburns", true, "test")
                .set("avatar.enabled", true, "test")
                .set("visualizer.enabled", true, "test")
                .set("captions.burn", true, "test");

        RenderResult result = Scriptcast.render(new RenderRequest(script, config, 3), ProgressListener.NONE);

        JsonNode metrics = new ObjectMapper().readTree(result.reportDir().resolve("metrics.json").toFile());
        JsonNode cpu = metrics.path("cpu");
        JsonNode composition = stage(metrics, "video_composition");
        double share = composition.path("renderCpuMs").asDouble() / composition.path("cpuMs").asDouble();
        System.out.printf("render threads %d; video_composition render CPU %.0f ms of %.0f ms (%.0f %%); "
                        + "run render CPU %.0f ms of %.0f ms%n", cpu.path("renderThreads").asInt(),
                composition.path("renderCpuMs").asDouble(), composition.path("cpuMs").asDouble(), share * 100,
                cpu.path("renderCpuMs").asDouble(), metrics.path("cpuMs").asDouble());
        assertThat(cpu.path("perRenderSupported").asBoolean()).isTrue();
        assertThat(cpu.path("renderThreads").asInt()).as("threads registered to the render").isGreaterThan(2);
        assertThat(share).as("video_composition's render CPU as a share of the process's").isGreaterThan(0.35);
    }

    /** A picture for a Ken Burns background, which redraws every frame whole: composing is real work. */
    private Path photo() throws IOException {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, (x * 255 / 640) << 16 | (y * 255 / 360) << 8 | random.nextInt(64));
            }
        }
        Path file = dir.resolve("photo.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static JsonNode stage(JsonNode metrics, String name) {
        for (JsonNode stage : metrics.path("stages")) {
            if (stage.path("name").asText().equals(name)) {
                return stage;
            }
        }
        throw new AssertionError("no stage " + name + " in " + metrics.path("stages"));
    }
}
