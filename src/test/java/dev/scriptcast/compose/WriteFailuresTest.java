package dev.scriptcast.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;

import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.bytedeco.ffmpeg.global.avutil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk while writing the video is one line naming the folder, and a cut-short MP4 is never kept. */
class WriteFailuresTest {
    @TempDir
    Path dir;

    @Test
    void ffmpegsNoSpaceErrorCodeIsOneLineNamingTheFolder() {
        Path out = dir.resolve(".talk.partial.mp4");
        int enospc = -WriteFailures.ENOSPC;
        byte[] reason = new byte[128];
        avutil.av_strerror(enospc, reason, reason.length);
        assertThat(new String(reason, 0, 23)).isEqualTo("No space left on device");
        String ffmpeg = "av_interleaved_write_frame() error " + enospc + " while writing interleaved video packet.";

        assertThatThrownBy(() -> WriteFailures.throwIfDiskFull(out, ffmpeg))
                .isInstanceOf(InputException.class)
                .hasMessage(dir + ": no space left on device while writing the video");
        assertThatCode(() -> WriteFailures.throwIfDiskFull(out, "av_write_frame() error " + AVERROR_EOF))
                .doesNotThrowAnyException();
    }

    @Test
    void aWholeMp4PassesAndOneCutShortIsFound() throws IOException {
        Path mp4 = dir.resolve("v.mp4");
        VideoRenderer.render(new VideoFormat(128, 72, 10), java.util.List.of(), dev.scriptcast.audio.PcmAudio.silence(500, 22050),
                new EncodeSettings("libx264", "veryfast", 23, null), mp4, null);
        assertThat(WriteFailures.cutShortAt(mp4)).isEmpty();

        byte[] whole = Files.readAllBytes(mp4);
        Files.write(mp4, Arrays.copyOf(whole, whole.length - 100));
        assertThat(WriteFailures.cutShortAt(mp4)).hasValue(whole.length - 100L);
        assertThatThrownBy(() -> WriteFailures.checkComplete(mp4)).hasMessageContaining("cut short");
    }

    @Test
    void anMp4WhoseIndexWasNeverWrittenIsCutShort() throws IOException {
        // What a 64 KiB tmpfs held after FFmpeg hit ENOSPC in its trailer: ftyp, free, then mdat "to the end".
        ByteBuffer file = ByteBuffer.allocate(65536);
        file.putInt(32).put("ftypisom".getBytes(StandardCharsets.US_ASCII)).position(32);
        file.putInt(8).put("free".getBytes(StandardCharsets.US_ASCII));
        file.putInt(0).put("mdat".getBytes(StandardCharsets.US_ASCII));
        Path mp4 = Files.write(dir.resolve("cut.mp4"), file.array());

        assertThat(WriteFailures.cutShortAt(mp4)).hasValue(65536L);
    }
}
