package dev.scriptcast.speech;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * A compact binary form of a narration for the stage cache: a header (magic, format version, payload length,
 * CRC32C of the payload) and the payload. Decoding trusts nothing in the bytes: the checksum must match and every
 * count is checked against the bytes left before anything is allocated, so a damaged entry is rejected, never
 * turned into wrong audio or a huge allocation.
 */
final class NarrationCodec {
    static final int MAGIC = 0x53435350; // "SCSP"
    static final int VERSION = 2;
    static final int HEADER_BYTES = 16;
    static final int MAX_SAMPLE_RATE = 384_000;
    private static final int MIN_WORD_BYTES = 8 + 8 + 4 + 4;
    private static final int MIN_PHONEME_BYTES = 8 + 8 + 4 + 1 + 1;

    /** An entry that cannot be read back as the narration it was written from. */
    static final class MalformedEntry extends IOException {
        MalformedEntry(String message) {
            super(message);
        }
    }

    private NarrationCodec() {}

    static byte[] encode(Narration n) {
        byte[] payload = payload(n);
        ByteBuffer entry = ByteBuffer.allocate(HEADER_BYTES + payload.length);
        entry.putInt(MAGIC).putInt(VERSION).putInt(payload.length).putInt(crc(payload, 0, payload.length));
        return entry.put(payload).array();
    }

    static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    private static byte[] payload(Narration n) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.writeInt(n.audio().sampleRate());
            float[] samples = n.audio().samples();
            out.writeInt(samples.length);
            for (float s : samples) {
                out.writeFloat(s);
            }
            out.writeInt(n.words().size());
            for (Timed<Word> w : n.words().items()) {
                out.writeLong(w.startMs());
                out.writeLong(w.endMs());
                writeString(w.value().text(), out);
                out.writeInt(w.value().scriptLine());
            }
            out.writeInt(n.phonemes().size());
            for (Timed<Phoneme> p : n.phonemes().items()) {
                out.writeLong(p.startMs());
                out.writeLong(p.endMs());
                writeString(p.value().symbol(), out);
                out.writeByte(p.value().alphabet().ordinal());
                out.writeBoolean(p.value().stressed());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    private static void writeString(String s, DataOutputStream out) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static Narration decode(byte[] entry) throws MalformedEntry {
        if (entry.length < HEADER_BYTES) {
            throw new MalformedEntry("shorter than its header");
        }
        ByteBuffer header = ByteBuffer.wrap(entry, 0, HEADER_BYTES);
        if (header.getInt() != MAGIC || header.getInt() != VERSION) {
            throw new MalformedEntry("not a cache entry of this version");
        }
        int payloadLength = header.getInt();
        if (payloadLength != entry.length - HEADER_BYTES) {
            throw new MalformedEntry("payload length " + payloadLength + " does not match the file");
        }
        if (header.getInt() != crc(entry, HEADER_BYTES, payloadLength)) {
            throw new MalformedEntry("checksum mismatch");
        }
        try {
            return payload(ByteBuffer.wrap(entry, HEADER_BYTES, payloadLength).slice());
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new MalformedEntry("payload does not decode: " + e);
        }
    }

    private static Narration payload(ByteBuffer in) throws MalformedEntry {
        int sampleRate = in.getInt();
        if (sampleRate <= 0 || sampleRate > MAX_SAMPLE_RATE) {
            throw new MalformedEntry("sample rate " + sampleRate);
        }
        float[] samples = new float[count(in, Float.BYTES)];
        in.asFloatBuffer().get(samples);
        in.position(in.position() + samples.length * Float.BYTES);
        int wordCount = count(in, MIN_WORD_BYTES);
        List<Timed<Word>> words = new ArrayList<>(wordCount);
        for (int i = 0; i < wordCount; i++) {
            long start = in.getLong();
            long end = in.getLong();
            words.add(new Timed<>(start, end, new Word(string(in), in.getInt())));
        }
        int phonemeCount = count(in, MIN_PHONEME_BYTES);
        List<Timed<Phoneme>> phonemes = new ArrayList<>(phonemeCount);
        Phoneme.Alphabet[] alphabets = Phoneme.Alphabet.values();
        for (int i = 0; i < phonemeCount; i++) {
            long start = in.getLong();
            long end = in.getLong();
            String symbol = string(in);
            int alphabet = in.get();
            if (alphabet < 0 || alphabet >= alphabets.length) {
                throw new MalformedEntry("phoneme alphabet " + alphabet);
            }
            phonemes.add(new Timed<>(start, end, new Phoneme(symbol, alphabets[alphabet], in.get() != 0)));
        }
        if (in.hasRemaining()) {
            throw new MalformedEntry(in.remaining() + " bytes after the last phoneme");
        }
        return new Narration(new PcmAudio(samples, sampleRate), new Timeline<>(words), new Timeline<>(phonemes));
    }

    /** A count of items at least {@code itemBytes} each, refused unless that many bytes are left to read. */
    private static int count(ByteBuffer in, int itemBytes) throws MalformedEntry {
        int count = in.getInt();
        if (count < 0 || (long) count * itemBytes > in.remaining()) {
            throw new MalformedEntry("count " + count + " does not fit in the " + in.remaining() + " bytes left");
        }
        return count;
    }

    private static String string(ByteBuffer in) throws MalformedEntry {
        byte[] utf8 = new byte[count(in, 1)];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
