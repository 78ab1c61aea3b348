package dev.scriptcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.config.ConfigValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script of more segments than may wait for a renderer, on two threads, where segments wait for speech: the
 * render neither stalls nor loses a segment, and the video is as long as its speech.
 */
class ManySegmentsRenderTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aScriptOfManySegmentsRendersOnTwoThreads() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 14; i++) {
            text.append("Paragraph number ").append(i).append(" is short.\n\n");
        }
        Path script = Files.writeString(dir.resolve("talk.txt"), text);
        ConfigValues config = QuickRender.config(dir.resolve("cache"), "espeak", "256x144", 10);
        RenderResult result = Scriptcast.render(new RenderRequest(script, config, 2), ProgressListener.NONE);

        assertThat(IncrementalRenderTest.segments(script).size()).isEqualTo(14);
        DecodedMedia video = DecodedMedia.of(result.output());
        assertThat(video.frameHashes()).hasSize(result.frames());
        assertThat(result.frames() / 10.0).isCloseTo(result.durationMs() / 1000.0,
                org.assertj.core.data.Offset.offset(0.2));
    }
}
