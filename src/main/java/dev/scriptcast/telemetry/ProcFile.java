package dev.scriptcast.telemetry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A /proc file kept open and re-read from offset 0: the kernel regenerates the text on each read,
 * so the sampler pays for one read instead of open, read and close every tick.
 */
final class ProcFile implements AutoCloseable {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(8192);

    private ProcFile(FileChannel channel) {
        this.channel = channel;
    }

    static ProcFile open(Path path) throws IOException {
        return new ProcFile(FileChannel.open(path, StandardOpenOption.READ));
    }

    String read() throws IOException {
        buffer.clear();
        long position = 0;
        int n;
        while ((n = channel.read(buffer, position)) > 0) {
            position += n;
            if (!buffer.hasRemaining()) {
                break;
            }
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
    }

    /** Reads a small /proc file once; null when it vanished (the process exited). */
    static String readOnce(Path path) {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(4096);
            long position = 0;
            int n;
            while ((n = ch.read(buf, position)) > 0 && buf.hasRemaining()) {
                position += n;
            }
            return new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
