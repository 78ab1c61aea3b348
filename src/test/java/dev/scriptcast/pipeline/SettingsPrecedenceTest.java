package dev.scriptcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.config.ConfigLoader;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.script.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults < config file < script front matter < command line, as the inputs of a render see them. */
class SettingsPrecedenceTest {
    @TempDir
    Path dir;

    private RenderInputs read(String frontMatter, String configFile, String fpsFlag) throws IOException {
        Path script = Files.writeString(dir.resolve("talk.txt"),
                (frontMatter.isEmpty() ? "" : "---\n" + frontMatter + "---\n") + "First part.\n\nSecond part.\n");
        ConfigValues config = new ConfigValues();
        if (!configFile.isEmpty()) {
            ConfigLoader.apply(Files.writeString(dir.resolve("c.yaml"), configFile), config);
        }
        if (fpsFlag != null) {
            config.set("video.fps", fpsFlag, "--fps");
        }
        config.set("speech.engine", "espeak", "--tts-engine");
        return RenderInputs.read(new RenderRequest(script, config), config);
    }

    private static int fps(RenderInputs in) {
        try (in) {
            return in.format().fps();
        }
    }

    @Test
    void eachLayerOverridesTheOneBelow() throws IOException {
        assertThat(fps(read("", "", null))).as("default").isEqualTo(30);
        assertThat(fps(read("", "video:\n  fps: 20\n", null))).as("config file over default").isEqualTo(20);
        assertThat(fps(read("video:\n  fps: 25\n", "video:\n  fps: 20\n", null))).as("front matter over config")
                .isEqualTo(25);
        assertThat(fps(read("video:\n  fps: 25\n", "video:\n  fps: 20\n", "12"))).as("flag over front matter")
                .isEqualTo(12);
    }

    @Test
    void frontMatterSetsTheParagraphPause() throws IOException {
        try (RenderInputs in = read("speech:\n  paragraph_pause_ms: 1500\n", "", null)) {
            assertThat(in.script().blocks()).anyMatch(b -> b instanceof Block.Pause p && p.durationMs() == 1500);
        }
        try (RenderInputs in = read("speech:\n  paragraph_pause_ms: 0\n", "", null)) {
            assertThat(in.script().blocks()).noneMatch(Block.Pause.class::isInstance);
        }
    }
}
