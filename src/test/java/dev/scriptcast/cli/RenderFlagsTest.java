package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.config.ConfigValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** How render's flags are read into settings, without rendering. */
class RenderFlagsTest {
    @TempDir
    Path dir;

    private static RenderCommand parse(String... args) {
        RenderCommand command = new RenderCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void bareBackgroundBeforeTheScriptLeavesTheScriptAlone() {
        RenderCommand command = parse("--avatar", "--background", "script.txt");

        assertThat(command.script).isEqualTo(Path.of("script.txt"));
        assertThat(command.flags.background).isEqualTo("gradient");
    }

    @Test
    void backgroundStillTakesAColourOrImage() {
        assertThat(parse("--background", "#203040", "talk.md").flags.background).isEqualTo("#203040");
        assertThat(parse("--background", "room.jpg", "talk.md").flags.background).isEqualTo("room.jpg");
        assertThat(parse("talk.md", "--background", "--skip-music").flags.background).isEqualTo("gradient");
    }

    @Test
    void visualizeTakesAnOptionalStyle() {
        ConfigValues wave = parse("--visualize", "wave", "talk.md").config();
        assertThat(wave.flag("visualizer.enabled")).isTrue();
        assertThat(wave.string("visualizer.style")).isEqualTo("wave");

        RenderCommand bare = parse("--visualize", "talk.md");
        assertThat(bare.script).isEqualTo(Path.of("talk.md"));
        assertThat(bare.config().string("visualizer.style")).isEqualTo("bars");
    }

    @Test
    void bareVisualizeKeepsTheStyleFromTheConfigFile() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.yaml"), "visualizer:\n  style: radial\n");

        ConfigValues config = parse("--visualize", "--config", file.toString(), "talk.md").config();

        assertThat(config.flag("visualizer.enabled")).isTrue();
        assertThat(config.string("visualizer.style")).isEqualTo("radial");
    }

    @Test
    void commonSettingsHaveFlags() {
        ConfigValues config = parse("talk.md", "--voice", "en-gb", "--rate", "1.25", "--look", "nova",
                "--avatar-position", "bottom-left", "--crf", "28", "--captions", "--gpu", "3").config();

        assertThat(config.string("speech.voice")).isEqualTo("en-gb");
        assertThat(config.number("speech.rate")).isEqualTo(1.25);
        assertThat(config.string("avatar.look")).isEqualTo("nova");
        assertThat(config.string("avatar.position")).isEqualTo("bottom-left");
        assertThat(config.integer("video.crf")).isEqualTo(28);
        assertThat(config.flag("captions.burn")).isTrue();
        assertThat(config.integer("avatar.gpu")).isEqualTo(3);
    }

    @Test
    void theConfigFileReadIsAnnounced() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.yaml"), "video:\n  fps: 24\n");

        ConfigValues config = parse("talk.md", "--config", file.toString()).config();

        assertThat(config.integer("video.fps")).isEqualTo(24);
        assertThat(config.notices()).anyMatch(n -> n.contains("settings from") && n.contains("mine.yaml"));
    }
}
