package dev.scriptcast.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file sent whole (200) or as the one byte range a player asks for (206, exactly the bytes asked for). Several
 * ranges in one request are answered with the whole file, as HTTP allows.
 */
record ByteRange(long first, long last) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    long length() {
        return last - first + 1;
    }

    /** The range {@code header} asks for in a file of {@code size} bytes; null for the whole file. */
    static ByteRange parse(String header, long size) {
        if (header == null) {
            return null;
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return null;
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                return suffix == 0 ? unsatisfiable(size) : new ByteRange(Math.max(0, size - suffix), size - 1);
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
            return first >= size || last < first ? unsatisfiable(size) : new ByteRange(first, last);
        } catch (NumberFormatException e) {
            return unsatisfiable(size);
        }
    }

    private static ByteRange unsatisfiable(long size) {
        throw new ApiError(416, "Range: not within the " + size + " bytes of the file");
    }

    static void send(Context ctx, Path file, String type) throws IOException {
        long size = Files.size(file);
        ctx.header("Accept-Ranges", "bytes").contentType(type);
        ByteRange range;
        try {
            range = parse(ctx.header("Range"), size);
        } catch (ApiError e) {
            ctx.header("Content-Range", "bytes */" + size);
            throw e;
        }
        long first = range == null ? 0 : range.first();
        long length = range == null ? size : range.length();
        if (range != null) {
            ctx.status(206).header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
        }
        ctx.res().setContentLengthLong(length);
        try (InputStream in = Files.newInputStream(file); OutputStream out = ctx.outputStream()) {
            in.skipNBytes(first);
            copy(in, out, length);
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }
}
