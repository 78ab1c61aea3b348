package dev.scriptcast.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value from a lower layer never replaces one from a higher layer, whatever order they arrive in. */
class ConfigLayersTest {
    @TempDir
    Path dir;

    @Test
    void frontMatterAppliedAfterFlagsLeavesTheFlag() {
        ConfigValues config = new ConfigValues().set("video.fps", "12", "--fps");

        ConfigLoader.applyFrontMatter(dir.resolve("talk.md"), Map.of("video", Map.of("fps", 25, "crf", 30)), config);

        assertThat(config.integer("video.fps")).isEqualTo(12);
        assertThat(config.origin("video.fps")).isEqualTo("--fps");
        assertThat(config.integer("video.crf")).isEqualTo(30);
        assertThat(config.layer("video.crf")).isEqualTo(ConfigLayer.FRONT_MATTER);
    }

    @Test
    void configFileReadAfterFrontMatterLeavesTheFrontMatter() throws IOException {
        ConfigValues config = new ConfigValues();
        ConfigLoader.applyFrontMatter(dir.resolve("talk.md"), Map.of("voice", "en-gb"), config);

        ConfigLoader.apply(Files.writeString(dir.resolve("c.yaml"), "speech:\n  voice: en-us\n  rate: 1.5\n"), config);

        assertThat(config.string("speech.voice")).isEqualTo("en-gb");
        assertThat(config.number("speech.rate")).isEqualTo(1.5);
    }

    @Test
    void aValueThatLosesIsStillChecked() {
        ConfigValues config = new ConfigValues().set("video.fps", "12", "--fps");

        assertThatThrownBy(() -> ConfigLoader.applyFrontMatter(dir.resolve("talk.md"),
                Map.of("video", Map.of("fps", 500)), config))
                .isInstanceOf(InputException.class).hasMessageContaining("video.fps: must be between 1 and 120");
    }

    @Test
    void aCopyIsIndependent() {
        ConfigValues original = new ConfigValues();
        ConfigValues copy = original.copy().set("video.fps", "12", "--fps");

        assertThat(original.integer("video.fps")).isEqualTo(30);
        assertThat(copy.integer("video.fps")).isEqualTo(12);
    }

    @Test
    void aMisspeltKeyOrSectionSuggestsTheNearestOne() throws IOException {
        Path file = Files.writeString(dir.resolve("c.yaml"), "video:\n  fsp: 30\n");
        assertThatThrownBy(() -> ConfigLoader.apply(file, new ConfigValues()))
                .hasMessageContaining("c.yaml:2: video.fsp: unknown setting, did you mean video.fps?");
        Path section = Files.writeString(dir.resolve("s.yaml"), "vidoe:\n  fps: 30\n");
        assertThatThrownBy(() -> ConfigLoader.apply(section, new ConfigValues()))
                .hasMessageContaining("s.yaml:1: vidoe: unknown section, did you mean video?");
        assertThat(ConfigKeys.suggestion("completely.unrelated")).isEmpty();
    }
}
