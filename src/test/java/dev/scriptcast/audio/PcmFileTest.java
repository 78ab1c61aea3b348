package dev.scriptcast.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcmFileTest {
    @TempDir
    Path dir;

    @Test
    void audioWrittenInPiecesReadsBackTheSameFromAnyFrame() throws Exception {
        float[] samples = new float[2 * 50_000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) Math.sin(i * 0.01) * (i % 2 == 0 ? 1 : -0.5f);
        }
        PcmFile file = PcmFile.create(dir, "stereo", 48_000, 2);
        try (PcmFile.Writer writer = file.writer()) {
            writer.write(samples, 0, 10);
            writer.write(samples, 10, 40_000);
            writer.write(samples, 40_010, samples.length - 40_010);
            assertThat(writer.written()).isEqualTo(samples.length);
        }

        assertThat(file.frames()).isEqualTo(50_000);
        assertThat(file.readAll().samples()).containsExactly(samples);
        try (PcmFile.Reader reader = file.reader()) {
            reader.seekFrame(30_000);
            float[] rest = new float[samples.length];
            int n = reader.read(rest, 0, rest.length);
            assertThat(n).isEqualTo(40_000);
            assertThat(java.util.Arrays.copyOf(rest, n))
                    .containsExactly(java.util.Arrays.copyOfRange(samples, 60_000, samples.length));
        }
    }
}
