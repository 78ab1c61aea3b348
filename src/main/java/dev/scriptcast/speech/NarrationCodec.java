package dev.scriptcast.speech;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A compact binary form of a narration for the stage cache. */
final class NarrationCodec {
    private static final int VERSION = 1;

    private NarrationCodec() {}

    static void write(Narration n, DataOutputStream out) throws IOException {
        out.writeInt(VERSION);
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
            out.writeUTF(w.value().text());
            out.writeInt(w.value().scriptLine());
        }
        out.writeInt(n.phonemes().size());
        for (Timed<Phoneme> p : n.phonemes().items()) {
            out.writeLong(p.startMs());
            out.writeLong(p.endMs());
            out.writeUTF(p.value().symbol());
            out.writeByte(p.value().alphabet().ordinal());
            out.writeBoolean(p.value().stressed());
        }
    }

    static Narration read(DataInputStream in) throws IOException {
        if (in.readInt() != VERSION) {
            throw new IOException("cache entry from another version");
        }
        int sampleRate = in.readInt();
        float[] samples = new float[in.readInt()];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = in.readFloat();
        }
        int wordCount = in.readInt();
        List<Timed<Word>> words = new ArrayList<>(wordCount);
        for (int i = 0; i < wordCount; i++) {
            words.add(new Timed<>(in.readLong(), in.readLong(), new Word(in.readUTF(), in.readInt())));
        }
        int phonemeCount = in.readInt();
        List<Timed<Phoneme>> phonemes = new ArrayList<>(phonemeCount);
        Phoneme.Alphabet[] alphabets = Phoneme.Alphabet.values();
        for (int i = 0; i < phonemeCount; i++) {
            long start = in.readLong();
            long end = in.readLong();
            phonemes.add(new Timed<>(start, end, new Phoneme(in.readUTF(), alphabets[in.readByte()], in.readBoolean())));
        }
        return new Narration(new PcmAudio(samples, sampleRate), new Timeline<>(words), new Timeline<>(phonemes));
    }
}
