package dev.scriptcast.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private ConfigValues load(String yaml) throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.writeString(file, yaml);
        ConfigValues values = new ConfigValues();
        ConfigLoader.apply(file, values);
        return values;
    }

    @Test
    void nestedKeysAndTheBackgroundShorthandAreRead() throws IOException {
        ConfigValues v = load("video:\n  fps: 25\n  size: 1920x1080\nbackground: '#112233'\navatar:\n  mouth: [1, 2, 3, 4]\n");
        assertThat(v.integer("video.fps")).isEqualTo(25);
        assertThat(v.string("video.size")).isEqualTo("1920x1080");
        assertThat(v.string("background.source")).isEqualTo("#112233");
        assertThat(v.integers("avatar.mouth")).containsExactly(1, 2, 3, 4);
        assertThat(v.origin("video.fps")).endsWith("config.yaml:2: video.fps");
    }

    @Test
    void defaultsApplyWhenNothingIsSet() {
        ConfigValues v = new ConfigValues();
        assertThat(v.string("video.size")).isEqualTo("1280x720");
        assertThat(v.integer("video.fps")).isEqualTo(30);
        assertThat(v.string("speech.engine")).isEqualTo("mary");
        assertThat(v.isSet("video.fps")).isFalse();
    }

    @Test
    void unknownKeyNamesTheFileLineAndKey() {
        assertThatThrownBy(() -> load("video:\n  fps: 30\n  colour: red\n"))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("config.yaml:3: video.colour: unknown setting (see scriptcast config for the keys)");
        assertThatThrownBy(() -> load("nonsense:\n  a: 1\n")).hasMessageContaining("config.yaml:1: nonsense: unknown section");
    }

    @Test
    void wrongTypeAndOutOfRangeValuesNameTheKey() {
        assertThatThrownBy(() -> load("video:\n  fps: fast\n"))
                .hasMessageEndingWith("config.yaml:2: video.fps: must be a whole number (got fast)");
        assertThatThrownBy(() -> load("video:\n  fps: 500\n"))
                .hasMessageEndingWith("config.yaml:2: video.fps: must be between 1 and 120 (got 500)");
        assertThatThrownBy(() -> load("video:\n  size: 100x720\n"))
                .hasMessageContaining("video.size: each side must be between 128 and 3840");
        assertThatThrownBy(() -> load("avatar:\n  mouth: [1, 2]\n")).hasMessageContaining("avatar.mouth: must be [x, y, w, h]");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> load("video:\n  fps: 30\n   size: [\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("config.yaml:").hasMessageContaining("invalid YAML");
    }

    @Test
    void commandLineOverridesTheConfigFile() throws IOException {
        ConfigValues v = load("video:\n  fps: 25\n");
        v.set("video.fps", "60", "--fps");
        assertThat(v.integer("video.fps")).isEqualTo(60);
        assertThatThrownBy(() -> v.set("video.fps", "0", "--fps"))
                .hasMessage("--fps: must be between 1 and 120 (got 0)");
    }

    @Test
    void frontMatterShorthandsMapToKeys() {
        ConfigValues v = new ConfigValues();
        ConfigLoader.applyFrontMatter(Path.of("talk.md"), Map.of("title", "T", "voice", "cmu-slt-hsmm",
                "video", Map.of("fps", 24)), v);
        assertThat(v.string("speech.voice")).isEqualTo("cmu-slt-hsmm");
        assertThat(v.integer("video.fps")).isEqualTo(24);
    }

    @Test
    void aLeadingTildeInAPathMeansTheHomeFolder() {
        ConfigValues v = new ConfigValues().set("work.dir", "~/.cache/scriptcast", "test");
        assertThat(v.path("work.dir")).isEqualTo(Path.of(System.getProperty("user.home"), ".cache/scriptcast"));
    }

    @Test
    void oddSizesAreRoundedToEven() {
        assertThat(VideoSize.parse("1279x721").roundedToEven()).isEqualTo(new VideoSize(1280, 722));
        assertThat(List.of(VideoSize.parse("3839x128").roundedToEven())).containsExactly(new VideoSize(3840, 128));
    }
}
