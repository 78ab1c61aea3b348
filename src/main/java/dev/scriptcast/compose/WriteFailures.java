package dev.scriptcast.compose;

import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A full disk while writing the MP4, told as one line naming the folder. FFmpeg reports it either as an error
 * code ({@code av_interleaved_write_frame() error -28}) or, when the last bytes fail in its trailer, not at all:
 * the file is then simply cut short, which {@link #checkComplete} finds before the file is renamed into place.
 */
final class WriteFailures {
    /** Linux errno; FFmpeg's AVERROR(ENOSPC) is its negation. */
    static final int ENOSPC = 28;
    /** Below this much free space a cut-short file is put down to a full disk. */
    private static final long NEARLY_FULL_BYTES = 16L << 20;
    private static final int MOOV = 0x6d6f6f76;
    private static final Pattern FFMPEG_ERROR = Pattern.compile("error (-\\d+)");

    private WriteFailures() {}

    /** Throws the one-line full-disk error when the failure (from FFmpeg or Java I/O) is one. */
    static void throwIfDiskFull(Path out, String failure) {
        String message = String.valueOf(failure);
        Matcher code = FFMPEG_ERROR.matcher(message);
        if (code.find() && Integer.parseInt(code.group(1)) == -ENOSPC || message.contains("No space left on device")) {
            throw diskFull(out);
        }
    }

    static InputException diskFull(Path out) {
        Path folder = out.toAbsolutePath().getParent();
        return new InputException(folder + ": no space left on device while writing the video");
    }

    /** Refuses an MP4 whose top-level boxes do not add up to the file: the write was cut short. */
    static void checkComplete(Path out) throws IOException {
        OptionalLong cut = cutShortAt(out);
        if (cut.isEmpty()) {
            return;
        }
        if (Files.getFileStore(out).getUsableSpace() < NEARLY_FULL_BYTES) {
            throw diskFull(out);
        }
        throw new IOException(out + ": the video file was cut short at " + cut.getAsLong() + " bytes while writing");
    }

    /**
     * The file's size when it is not a whole MP4 (a box claims bytes past the end, or the index box {@code moov},
     * written last, is missing), or empty when its top-level boxes tile the file and include the index.
     */
    static OptionalLong cutShortAt(Path mp4) throws IOException {
        try (FileChannel in = FileChannel.open(mp4, StandardOpenOption.READ)) {
            long size = in.size();
            long at = 0;
            boolean indexed = false;
            ByteBuffer header = ByteBuffer.allocate(16);
            while (at < size) {
                header.clear();
                int read = in.read(header, at);
                if (read < 8) {
                    return OptionalLong.of(size);
                }
                long boxSize = Integer.toUnsignedLong(header.getInt(0));
                indexed |= header.getInt(4) == MOOV;
                if (boxSize == 1) {
                    boxSize = read < 16 ? -1 : header.getLong(8);
                } else if (boxSize == 0) {
                    boxSize = size - at; // "to the end of the file"
                }
                if (boxSize < 8 || at + boxSize > size) {
                    return OptionalLong.of(size);
                }
                at += boxSize;
            }
            return indexed ? OptionalLong.empty() : OptionalLong.of(size);
        }
    }
}
