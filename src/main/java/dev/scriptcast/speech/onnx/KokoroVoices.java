package dev.scriptcast.speech.onnx;

import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Kokoro's voices: per voice, one 256-float style vector per token count. Read from kokoro-onnx's
 * {@code voices.bin} (a NumPy .npz: a zip of {@code NAME.npy} arrays [510,1,256] float32) or from a folder of
 * {@code NAME.npy} files or {@code NAME.bin} raw little-endian float32 files.
 */
final class KokoroVoices {
    static final int STYLE = 256;
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    private KokoroVoices() {}

    /** Voice name → rows of {@link #STYLE} floats, in name order. */
    static Map<String, float[][]> read(Path voices) {
        if (voices == null) {
            throw new InputException("speech.engine kokoro needs speech.voices: Kokoro's voices file (voices.bin) "
                    + "or a folder of NAME.npy / NAME.bin voice vectors");
        }
        Map<String, float[][]> out = new TreeMap<>();
        try {
            if (Files.isDirectory(voices)) {
                try (Stream<Path> files = Files.list(voices)) {
                    for (Path f : files.sorted().toList()) {
                        String file = f.getFileName().toString();
                        if (file.endsWith(".npy")) {
                            out.put(file.substring(0, file.length() - 4), npy(Files.readAllBytes(f), f));
                        } else if (file.endsWith(".bin")) {
                            out.put(file.substring(0, file.length() - 4), rows(Files.readAllBytes(f), 0, f));
                        }
                    }
                }
            } else if (Files.isRegularFile(voices)) {
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(voices))) {
                    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                        if (e.getName().endsWith(".npy")) {
                            out.put(e.getName().substring(0, e.getName().length() - 4), npy(zip.readAllBytes(), voices));
                        }
                    }
                }
            } else {
                throw new InputException("speech.voices " + voices + " does not exist");
            }
        } catch (IOException e) {
            throw new InputException("speech.voices " + voices + " cannot be read: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new InputException("speech.voices " + voices + " holds no voices: give Kokoro's voices.bin (an "
                    + ".npz of NAME.npy arrays) or a folder of NAME.npy / NAME.bin files");
        }
        return out;
    }

    /** A NumPy array file: magic, version, header length, a header dict, then the data. */
    private static float[][] npy(byte[] bytes, Path from) {
        if (bytes.length < 10 || bytes[0] != (byte) 0x93 || !new String(bytes, 1, 5, StandardCharsets.US_ASCII)
                .equals("NUMPY")) {
            throw new InputException("speech.voices " + from + ": not a NumPy array");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int major = bytes[6];
        int headerLength = major == 1 ? Short.toUnsignedInt(b.getShort(8)) : b.getInt(8);
        int start = (major == 1 ? 10 : 12) + headerLength;
        String header = new String(bytes, major == 1 ? 10 : 12, headerLength, StandardCharsets.ISO_8859_1);
        Matcher shape = SHAPE.matcher(header);
        if (!header.contains("'<f4'") || header.contains("'fortran_order': True") || !shape.find()
                || !shape.group(1).strip().endsWith(String.valueOf(STYLE))) {
            throw new InputException("speech.voices " + from + ": a voice must be float32 [N,1,256] or [N,256]; "
                    + "found " + header.strip());
        }
        return rows(bytes, start, from);
    }

    private static float[][] rows(byte[] bytes, int start, Path from) {
        int floats = (bytes.length - start) / 4;
        if (floats == 0 || floats % STYLE != 0) {
            throw new InputException("speech.voices " + from + ": " + floats + " floats are not rows of " + STYLE);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, start, bytes.length - start).order(ByteOrder.LITTLE_ENDIAN);
        float[][] rows = new float[floats / STYLE][STYLE];
        for (float[] row : rows) {
            b.asFloatBuffer().get(row);
            b.position(b.position() + STYLE * 4);
        }
        return rows;
    }
}
