package dev.scriptcast.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.scriptcast.base.InputException;
import dev.scriptcast.script.Script;
import dev.scriptcast.script.ScriptParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or odd YAML in a config file or script front matter: one short line naming file, line and key. */
class ConfigLoaderHardeningTest {
    @TempDir
    Path dir;

    private ConfigValues load(String yaml) throws IOException {
        return load(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private ConfigValues load(byte[] yaml) throws IOException {
        Path file = dir.resolve("config.yaml");
        Files.write(file, yaml);
        ConfigValues values = new ConfigValues();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ConfigLoader.apply(file, values));
        return values;
    }

    private ConfigValues frontMatter(String yaml) {
        Path script = dir.resolve("talk.md");
        ConfigValues values = new ConfigValues();
        Script parsed = new ScriptParser(600).parse(script, "---\n" + yaml + "---\nHello there.\n");
        ConfigLoader.applyFrontMatter(script, parsed.frontMatter(), parsed.frontMatterLines(), values);
        return values;
    }

    private static AbstractThrowableAssert<?, ?> assertOneLine(AbstractThrowableAssert<?, ?> thrown) {
        return thrown.isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(300).doesNotContain("\n"));
    }

    /** Anchors nested level by level, each level naming the one before three times. */
    private static String nestedAnchors(int levels) {
        StringBuilder list = new StringBuilder("[&l0 [x, x, x]");
        for (int i = 1; i < levels; i++) {
            list.append(", &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1)
                    .append(", *l").append(i - 1).append("]");
        }
        return list.append("]").toString();
    }

    @Test
    void nestedAnchorsAreRefusedQuicklyWithAShortLine() {
        assertOneLine(assertThatThrownBy(() -> load("visualizer:\n  colors: " + nestedAnchors(16) + "\n")))
                .hasMessageContaining("config.yaml");
        assertOneLine(assertThatThrownBy(() -> load("visualizer:\n  colors: " + nestedAnchors(6) + "\n")))
                .hasMessageContaining("config.yaml:2: visualizer.colors");
        assertOneLine(assertThatThrownBy(() -> frontMatter("visualizer: {colors: " + nestedAnchors(16) + "}\n")))
                .hasMessageContaining("talk.md:2: invalid YAML front matter");
        assertOneLine(assertThatThrownBy(() -> frontMatter("visualizer: {colors: " + nestedAnchors(6) + "}\n")))
                .hasMessageContaining("talk.md:2: visualizer.colors");
    }

    @Test
    void aRecursiveAliasIsAnErrorNotAStackOverflow() {
        assertOneLine(assertThatThrownBy(() -> load("visualizer: {colors: &a [*a]}\n")))
                .hasMessageStartingWith(dir.resolve("config.yaml") + ":1: visualizer.colors: ");
        assertOneLine(assertThatThrownBy(() -> frontMatter("visualizer: {colors: &a [[*a]]}\n")))
                .hasMessageContaining("talk.md:2: visualizer.colors: expected a value or a list of plain values");
    }

    @Test
    void yamlSpecialNumbersNameTheKeyAndLine() throws IOException {
        assertOneLine(assertThatThrownBy(() -> load("speech: {rate: .nan}\n")))
                .hasMessageEndingWith("config.yaml:1: speech.rate: must be a number (got .nan)");
        assertOneLine(assertThatThrownBy(() -> load("speech:\n  rate: .inf\n")))
                .hasMessageContaining("config.yaml:2: speech.rate: must be a number");
        assertOneLine(assertThatThrownBy(() -> load("speech: {rate: 1:30.5}\n")))
                .hasMessageEndingWith("config.yaml:1: speech.rate: must be a number (got 1:30.5)");
        assertThat(load("speech: {rate: 1_0.5e-1}\n").number("speech.rate")).isEqualTo(1.05);
    }

    @Test
    void notANumberNeverPassesARangeCheck() {
        assertOneLine(assertThatThrownBy(() -> load("speech: {rate: NaN}\n")))
                .hasMessageEndingWith("config.yaml:1: speech.rate: must be a number (got NaN)");
        assertOneLine(assertThatThrownBy(() -> frontMatter("audio: {loudness_lufs: .nan}\n")))
                .hasMessageEndingWith("talk.md:2: audio.loudness_lufs: must be a number (got NaN)");
        assertOneLine(assertThatThrownBy(() -> frontMatter("title: T\nspeech:\n  pitch: 1\n  rate: NaN\n")))
                .hasMessageEndingWith("talk.md:5: speech.rate: must be a number (got NaN)");
    }

    @Test
    void yamlYesAndOnMeanTrue() throws IOException {
        assertThat(load("avatar: {enabled: yes}\nvisualizer: {enabled: On}\ncaptions: {files: off}\n"))
                .satisfies(v -> assertThat(v.flag("avatar.enabled")).isTrue())
                .satisfies(v -> assertThat(v.flag("visualizer.enabled")).isTrue())
                .satisfies(v -> assertThat(v.flag("captions.files")).isFalse());
        assertThat(frontMatter("avatar: {enabled: yes}\n").flag("avatar.enabled")).isTrue();
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertOneLine(assertThatThrownBy(() -> load("video:\n  fps: 25\n  fps: 30\n")))
                .hasMessageContaining("config.yaml:3: video.fps: set twice");
        assertOneLine(assertThatThrownBy(() -> frontMatter("voice: a\nvoice: b\n")))
                .hasMessageContaining("talk.md:3:").hasMessageContaining("voice");
    }

    @Test
    void aConfigThatIsNotUtf8NamesTheLine() {
        byte[] latin1 = "video:\n  fps: 25\nspeech: {voice: caf\u00e9}\n".getBytes(StandardCharsets.ISO_8859_1);
        assertOneLine(assertThatThrownBy(() -> load(latin1)))
                .hasMessageEndingWith("config.yaml:3: not valid UTF-8 text (save the file as UTF-8)");
    }

    @Test
    void frontMatterYamlErrorsGiveTheScriptLine() {
        assertOneLine(assertThatThrownBy(() -> frontMatter("title: Demo\nvideo:\n  fps: 25\n   size: [\n")))
                .hasMessageStartingWith(dir.resolve("talk.md") + ":5: invalid YAML front matter");
    }

    @Test
    void aYamlErrorQuotingALineBreakStaysOneLine() {
        assertOneLine(assertThatThrownBy(() -> load("video: {fps: 25}\nwideo: {fps: 30}&\n")))
                .hasMessageEndingWith("config.yaml:2: invalid YAML (unexpected character found \\n(10))");
    }

    @Test
    void anEmptyFrontMatterValueIsNotACrash() {
        assertThat(frontMatter("voice:\n").string("speech.voice")).isNull();
    }
}
