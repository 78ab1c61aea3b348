package dev.scriptcast.audio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Audio kept in a file rather than in memory: raw 32-bit float samples, little-endian, interleaved when there is
 * more than one channel. Long programmes stream through {@link Writer} and {@link Reader} in small chunks, so
 * memory does not grow with the script's length.
 */
public record PcmFile(Path path, int sampleRate, int channels) {
    public PcmFile {
        if (sampleRate <= 0 || channels < 1) {
            throw new IllegalArgumentException("bad audio format: " + sampleRate + " Hz, " + channels + " channels");
        }
    }

    /** A new empty file in {@code dir} with a name of its own, so renders sharing the folder never collide. */
    public static PcmFile create(Path dir, String prefix, int sampleRate, int channels) throws IOException {
        return new PcmFile(Files.createTempFile(dir, prefix + "-", ".f32"), sampleRate, channels);
    }

    /** Samples per channel in the file now. */
    public long frames() throws IOException {
        return Files.size(path) / 4 / channels;
    }

    public long durationMs() throws IOException {
        return frames() * 1000 / sampleRate;
    }

    public Writer writer() throws IOException {
        return writer(null);
    }

    /** A writer that also hands a copy of everything written to {@code meter} (may be null). */
    public Writer writer(LoudnessMeter meter) throws IOException {
        return new Writer(FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), meter);
    }

    public Reader reader() throws IOException {
        return new Reader(FileChannel.open(path, StandardOpenOption.READ), channels);
    }

    /** The whole file in memory: for short audio only (a sentence, a segment, a test). */
    public PcmAudio readAll() throws IOException {
        try (Reader r = reader()) {
            float[] all = new float[Math.toIntExact(frames() * channels)];
            int at = 0;
            for (int n; at < all.length && (n = r.read(all, at, all.length - at)) > 0; ) {
                at += n;
            }
            return new PcmAudio(all, sampleRate, channels);
        }
    }

    /** Writes {@code audio} (same rate and channels) as this file's whole content. */
    public PcmFile write(PcmAudio audio) throws IOException {
        if (audio.sampleRate() != sampleRate || audio.channels() != channels) {
            throw new IllegalArgumentException("audio format does not match " + this);
        }
        try (Writer w = writer()) {
            w.write(audio.samples(), 0, audio.samples().length);
        }
        return this;
    }

    public void delete() throws IOException {
        Files.deleteIfExists(path);
    }

    /** Appends samples through a small direct buffer. */
    public static final class Writer implements AutoCloseable {
        private final FileChannel channel;
        private final ByteBuffer bytes = ByteBuffer.allocateDirect(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        /** A view of all of {@code bytes}, made once: a view made after a write would cover only what is left. */
        private final FloatBuffer floats = bytes.asFloatBuffer();
        private final LoudnessMeter meter;
        private long written;

        private Writer(FileChannel channel, LoudnessMeter meter) {
            this.channel = channel;
            this.meter = meter;
        }

        public void write(float[] samples, int offset, int length) throws IOException {
            if (meter != null && length > 0) {
                try {
                    meter.add(Arrays.copyOfRange(samples, offset, offset + length));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("writing audio interrupted");
                }
            }
            for (int done = 0; done < length; ) {
                int n = Math.min(length - done, floats.capacity());
                floats.clear();
                floats.put(samples, offset + done, n);
                bytes.clear().limit(n * 4);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                done += n;
            }
            written += length;
        }

        /** {@code count} samples of silence (all channels counted). */
        public void silence(long count) throws IOException {
            float[] zeros = new float[(int) Math.min(count, 1 << 14)];
            for (long left = count; left > 0; left -= zeros.length) {
                write(zeros, 0, (int) Math.min(left, zeros.length));
            }
        }

        /** Samples written so far, all channels counted. */
        public long written() {
            return written;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Reads samples in order through a small direct buffer. */
    public static final class Reader implements AutoCloseable {
        private final FileChannel channel;
        private final int channels;
        private final ByteBuffer bytes = ByteBuffer.allocateDirect(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

        private Reader(FileChannel channel, int channels) {
            this.channel = channel;
            this.channels = channels;
        }

        /** Moves to sample frame {@code frame} (per channel). */
        public void seekFrame(long frame) throws IOException {
            channel.position(frame * channels * 4);
        }

        /** Reads up to {@code length} samples; returns how many, 0 at the end of the file. */
        public int read(float[] into, int offset, int length) throws IOException {
            int done = 0;
            while (done < length) {
                bytes.clear().limit(Math.min(bytes.capacity(), (length - done) * 4));
                int got = channel.read(bytes);
                if (got <= 0) {
                    break;
                }
                int whole = got - got % 4;
                if (whole < got) {
                    channel.position(channel.position() - (got - whole));
                }
                bytes.flip().limit(whole);
                bytes.asFloatBuffer().get(into, offset + done, whole / 4);
                done += whole / 4;
            }
            return done;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
