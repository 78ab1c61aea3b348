package dev.scriptcast.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scriptcast.cli.Main;
import dev.scriptcast.compose.Mp4Probe;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-speaker script through the real command line: two presenters, two voices, named captions. */
class DialogueRenderTest {
    @TempDir
    Path dir;

    @Test
    void twoSpeakerScriptRendersWithBothPresentersAndNamedCaptions() throws Exception {
        Path script = Files.writeString(dir.resolve("talk.md"), """
                ---
                speakers:
                  ana: {look: aurora}
                  ben: {look: sage, rate: 1.3}
                captions:
                  speaker_names: true
                ---
                Ana: Good morning, Ben.
                BEN: Morning! Note: the coffee is ready.
                """);
        Path config = Files.writeString(dir.resolve("test.yaml"),
                "work:\n  dir: " + dir.resolve("cache") + "\nvideo:\n  size: 320x180\n  fps: 15\n");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "render",
                script.toString(), "--config", config.toString(), "--quiet", "--avatar", "--tts-engine", "espeak");
        assertThat(code).as(err.toString()).isZero();

        assertThat(Files.readString(dir.resolve("talk.srt"))).contains("ana: Good morning")
                .contains("ben: Morning!").doesNotContain("Ana:").doesNotContain("BEN:");
        assertThat(Files.readString(dir.resolve("talk.vtt"))).contains("<v ana>Good morning")
                .contains("<v ben>Morning!");
        JsonNode avatar = new ObjectMapper().readTree(dir.resolve("talk.report/metrics.json").toFile())
                .path("facts").path("avatar");
        assertThat(avatar.path("kind").asText()).isEqualTo("drawn");
        // One presenter fills at most its area's height times the bust's aspect; two side by side are wider.
        assertThat(avatar.path("box").path("w").asDouble()).isGreaterThan(avatar.path("box").path("h").asDouble());
        assertThat(Mp4Probe.of(dir.resolve("talk.mp4")).frames()).isNotEmpty();
    }
}
