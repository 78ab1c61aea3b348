package dev.scriptcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.config.ConfigLoader;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.script.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults < config file < script front matter < command line, as the inputs of a render see them. */
class SettingsPrecedenceTest {
    @TempDir
    Path dir;

    /** Settings as the command line makes them: the config file, then an optional --fps flag. */
    private ConfigValues settings(String configFile, String fpsFlag) throws IOException {
        ConfigValues config = new ConfigValues();
        if (!configFile.isEmpty()) {
            ConfigLoader.apply(Files.writeString(dir.resolve("c.yaml"), configFile), config);
        }
        if (fpsFlag != null) {
            config.set("video.fps", fpsFlag, "--fps");
        }
        return config.set("speech.engine", "espeak", "--tts-engine");
    }

    private RenderInputs read(String frontMatter, ConfigValues config) throws IOException {
        Path script = Files.writeString(dir.resolve("talk.txt"),
                (frontMatter.isEmpty() ? "" : "---\n" + frontMatter + "---\n") + "First part.\n\nSecond part.\n");
        return RenderInputs.read(new RenderRequest(script, config), config, ThreadBudget.of(1));
    }

    private int fps(String frontMatter, String configFile, String fpsFlag) throws IOException {
        try (RenderInputs in = read(frontMatter, settings(configFile, fpsFlag))) {
            return in.format().fps();
        }
    }

    @Test
    void eachLayerOverridesTheOneBelow() throws IOException {
        assertThat(fps("", "", null)).as("default").isEqualTo(30);
        assertThat(fps("", "video:\n  fps: 20\n", null)).as("config file over default").isEqualTo(20);
        assertThat(fps("video:\n  fps: 25\n", "video:\n  fps: 20\n", null)).as("front matter over config")
                .isEqualTo(25);
        assertThat(fps("video:\n  fps: 25\n", "video:\n  fps: 20\n", "12")).as("flag over front matter")
                .isEqualTo(12);
    }

    @Test
    void theReportSaysWhereEachSettingCameFrom() throws IOException {
        ConfigValues config = settings("video:\n  fps: 20\n  preset: fast\n", "12");
        Map<String, Object> inputs;
        try (RenderInputs in = read("video:\n  crf: 30\n", config)) {
            inputs = RunInputs.describe(new RenderRequest(dir.resolve("talk.txt"), config), in.files(), config);
        }
        @SuppressWarnings("unchecked")
        Map<String, String> origins = (Map<String, String>) inputs.get("settingOrigins");

        assertThat(origins).containsEntry("video.fps", "--fps").doesNotContainKey("video.size");
        assertThat(origins.get("video.preset")).endsWith("c.yaml:3: video.preset");
        assertThat(origins.get("video.crf")).endsWith("talk.txt:3: video.crf");
    }

    @Test
    void frontMatterSetsTheParagraphPause() throws IOException {
        try (RenderInputs in = read("speech:\n  paragraph_pause_ms: 1500\n", settings("", null))) {
            assertThat(in.script().blocks()).anyMatch(b -> b instanceof Block.Pause p && p.durationMs() == 1500);
        }
        try (RenderInputs in = read("speech:\n  paragraph_pause_ms: 0\n", settings("", null))) {
            assertThat(in.script().blocks()).noneMatch(Block.Pause.class::isInstance);
        }
    }
}
