package dev.scriptcast.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.base.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakersConfigTest {
    @TempDir
    Path dir;

    private ConfigValues load(String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("c.yaml"), yaml);
        ConfigValues values = new ConfigValues();
        ConfigLoader.apply(file, values);
        return values;
    }

    private String error(String yaml) {
        return assertThatThrownBy(() -> load(yaml)).isInstanceOf(InputException.class).actual().getMessage();
    }

    @Test
    void configFileDeclaresSpeakersWithOptionalSettings() throws Exception {
        ConfigValues values = load("""
                speakers:
                  ana: {voice: cmu-slt-hsmm, look: aurora}
                  ben: {engine: espeak, rate: 1.2, pitch: 0.8, look: sage}
                  cy:
                """);
        assertThat(values.speakers()).containsExactly(
                new SpeakerSettings("ana", null, "cmu-slt-hsmm", null, null, "aurora"),
                new SpeakerSettings("ben", "espeak", null, 1.2, 0.8, "sage"),
                SpeakerSettings.named("cy"));
    }

    @Test
    void unknownSpeakerSettingNamesFileLineAndTheNearestSetting() {
        String message = error("video:\n  fps: 25\nspeakers:\n  ana:\n    vioce: x\n");
        assertThat(message).startsWith(dir.resolve("c.yaml") + ":5: speakers.ana.vioce: unknown speaker setting, "
                + "did you mean voice?").doesNotContain("\n");
    }

    @Test
    void badValuesAreOneLineNamingTheKey() {
        assertThat(error("speakers:\n  ana: {rate: 9}\n")).endsWith(":2: speakers.ana.rate: must be between 0.5 and 2"
                + " (got 9.0)");
        assertThat(error("speakers:\n  ana: {look: gandalf}\n")).contains("speakers.ana.look: must be one of aurora,"
                + " sage, nova");
        assertThat(error("speakers:\n  ana: {voice: [a, b]}\n"))
                .endsWith("speakers.ana.voice: must be a name (got a list)");
        assertThat(error("speakers:\n  ana: loud\n")).contains(":2: speakers.ana: expected the speaker's settings");
        assertThat(error("speakers: [ana, ben]\n")).contains(":1: speakers: expected one entry per speaker");
        assertThat(error("speakers:\n  ana: {}\n  Ana: {}\n")).contains("speakers.Ana: speaker declared twice");
        assertThat(error("speakers:\n  dr smith: {}\n")).contains("speakers.dr smith: a speaker's name is one word");
    }

    @Test
    void frontMatterDeclaresSpeakersAboveTheConfigFile() throws Exception {
        ConfigValues values = load("speakers:\n  ana: {look: nova}\n  ben: {look: sage}\n");
        ConfigLoader.applyFrontMatter(Path.of("s.md"), Map.of("speakers", Map.of("ana", Map.of("voice", "x"))),
                Map.of("speakers.ana", 3), values);
        assertThat(values.speakers()).containsExactly(new SpeakerSettings("ana", null, "x", null, null, null),
                new SpeakerSettings("ben", null, null, null, null, "sage"));
    }

    @Test
    void frontMatterErrorNamesTheScriptLine() {
        ConfigValues values = new ConfigValues();
        assertThatThrownBy(() -> ConfigLoader.applyFrontMatter(Path.of("s.md"),
                Map.of("speakers", Map.of("ana", Map.of("pich", 1.0))), Map.of("speakers.ana", 3), values))
                .isInstanceOf(InputException.class)
                .hasMessage("s.md:3: speakers.ana.pich: unknown speaker setting, did you mean pitch? (a speaker takes"
                        + " voice, engine, rate, pitch, look)");
    }

    @Test
    void speakerNamesCaptionKeyIsOffByDefault() {
        assertThat(new ConfigValues().flag("captions.speaker_names")).isFalse();
    }
}
