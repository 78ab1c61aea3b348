package dev.scriptcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.config.ConfigValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresenterVoiceTest {
    @TempDir
    Path dir;

    private String voiceOf(String engine, String look, String voice) throws IOException {
        ConfigValues config = new ConfigValues().set("speech.engine", engine, "--tts-engine")
                .set("avatar.enabled", true, "--avatar");
        if (look != null) {
            config.set("avatar.look", look, "--look");
        }
        if (voice != null) {
            config.set("speech.voice", voice, "--voice");
        }
        Path script = Files.writeString(dir.resolve("talk.txt"), "Hello there.\n");
        try (RenderInputs in = RenderInputs.read(new RenderRequest(script, config), config, ThreadBudget.of(1))) {
            return in.voice().voice();
        }
    }

    @Test
    void theSageSpeaksWithMarysLowVoiceByDefault() throws IOException {
        assertThat(voiceOf("mary", "sage", null)).isEqualTo("cmu-slt-hsmm-low");
    }

    @Test
    void otherLooksKeepMarysDefaultVoice() throws IOException {
        assertThat(voiceOf("mary", null, null)).isEqualTo("cmu-slt-hsmm");
        assertThat(voiceOf("mary", "nova", null)).isEqualTo("cmu-slt-hsmm");
    }

    @Test
    void aVoiceTheUserChoseWinsOverTheLooksVoice() throws IOException {
        assertThat(voiceOf("mary", "sage", "cmu-slt-hsmm")).isEqualTo("cmu-slt-hsmm");
    }

    @Test
    void aSpeakerWithTheSageLookAndNoVoiceSpeaksWithTheLowVoice() throws IOException {
        Path script = Files.writeString(dir.resolve("dialogue.md"), """
                ---
                speakers:
                  ana: {look: aurora}
                  ben: {look: sage}
                  cy: {look: sage, voice: cmu-slt-hsmm}
                ---
                Ana: Hello.

                Ben: Hi.
                """);
        ConfigValues config = new ConfigValues().set("speech.engine", "mary", "--tts-engine");
        try (RenderInputs in = RenderInputs.read(new RenderRequest(script, config), config, ThreadBudget.of(1))) {
            assertThat(in.voices().of("ben").settings().voice()).isEqualTo("cmu-slt-hsmm-low");
            assertThat(in.voices().of("ana").settings().voice()).isEqualTo("cmu-slt-hsmm");
            assertThat(in.voices().of("cy").settings().voice()).isEqualTo("cmu-slt-hsmm");
        }
    }

    @Test
    void otherEnginesKeepTheirOwnDefaultForTheSage() throws IOException {
        assertThat(voiceOf("espeak", "sage", null)).isEqualTo(voiceOf("espeak", null, null));
    }
}
