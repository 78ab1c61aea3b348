package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.scriptcast.base.InputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.presets.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.presets.avutil.AVERROR_EINVAL;
import static org.bytedeco.ffmpeg.presets.avutil.AVERROR_ENOSPC;

class AvCallsTest {
    private final Path out = Path.of("/videos/.talk.partial.mp4");

    @Test
    void aFailedCallSaysWhatFailedAndFfmpegsReason() {
        assertThatThrownBy(() -> AvCalls.check("opening the encoder", () -> AVERROR_EINVAL()))
                .isInstanceOf(IOException.class).hasMessage("opening the encoder: Invalid argument");
    }

    @Test
    void theEndOfAStreamAndCallAgainAreAnswersNotFailures() throws IOException {
        assertThat(AvCalls.orEnd("reading", () -> AVERROR_EOF)).isEqualTo(AVERROR_EOF);
        assertThat(AvCalls.orEnd("encoding", () -> AVERROR_EAGAIN())).isEqualTo(AVERROR_EAGAIN());
    }

    @Test
    void aWriteThatFindsTheDiskFullIsOneLineNamingTheFolder() {
        assertThatThrownBy(() -> AvCalls.write(out, "writing " + out, () -> AVERROR_ENOSPC()))
                .isInstanceOf(InputException.class)
                .hasMessage("/videos: no space left on device while writing the video");
        assertThatThrownBy(() -> AvCalls.write(out, "writing " + out, () -> AVERROR_EINVAL()))
                .isExactlyInstanceOf(IOException.class).hasMessageContaining("Invalid argument");
    }
}
