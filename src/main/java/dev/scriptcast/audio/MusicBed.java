package dev.scriptcast.audio;

import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The music fitted to the narration and read in order: decoded once into a file, set to its level, looped
 * (with a short crossfade) or trimmed, and faded in and out. Works on whole sample frames, so stereo music
 * stays interleaved; only the crossfade's 50 ms are held in memory.
 */
final class MusicBed implements AutoCloseable {
    static final long FADE_IN_MS = 1500;
    static final long FADE_OUT_MS = 3000;
    private static final long LOOP_CROSSFADE_MS = 50;
    private static final int CHUNK_FRAMES = 4096;

    private final PcmFile source;
    private final PcmFile.Reader reader;
    private final int ch;
    private final long sourceFrames;
    private final long frames;
    private final float gain;
    private final int crossfade;
    private final int fadeIn;
    private final int fadeOut;
    /** The source's last {@code crossfade} frames, which each loop fades out over the next one's start. */
    private final float[] tail;
    private final float[] buffer;
    private int bufferAt;
    private int bufferEnd;
    private long frame;
    private long loopFrame;
    private boolean looped;

    private MusicBed(PcmFile source, long frames, float gain) throws IOException {
        this.source = source;
        this.frames = frames;
        this.gain = gain;
        ch = source.channels();
        sourceFrames = source.frames();
        int rate = source.sampleRate();
        crossfade = (int) Math.min(sourceFrames / 4, LOOP_CROSSFADE_MS * rate / 1000);
        fadeIn = (int) Math.min(frames / 4, FADE_IN_MS * rate / 1000);
        fadeOut = (int) Math.min(frames / 4, FADE_OUT_MS * rate / 1000);
        tail = new float[crossfade * ch];
        buffer = new float[CHUNK_FRAMES * ch];
        reader = source.reader();
        try {
            reader.seekFrame(sourceFrames - crossfade);
            reader.read(tail, 0, tail.length);
            reader.seekFrame(0);
        } catch (IOException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * The music at {@code volumeDb} RMS, {@code frames} samples per channel long; its decoded copy goes in
     * {@code workDir} until closed.
     */
    static MusicBed open(Path music, double volumeDb, int sampleRate, long frames, Path workDir) throws IOException {
        PcmFile decoded = null;
        try (MusicFile file = MusicFile.open(music, sampleRate, frames)) {
            decoded = PcmFile.create(workDir, "music", sampleRate, file.channels());
            RmsLevel level = new RmsLevel();
            try (PcmFile.Writer out = decoded.writer()) {
                float[] chunk = new float[CHUNK_FRAMES * file.channels()];
                for (int n; (n = file.read(chunk, 0, chunk.length)) > 0; ) {
                    for (int i = 0; i < n; i++) {
                        level.add(chunk[i]);
                    }
                    out.write(chunk, 0, n);
                }
            }
            if (level.db() < -90) {
                throw new InputException("music.path " + music + ": the audio is silent");
            }
            return new MusicBed(decoded, frames, FfmpegAudio.gain(volumeDb - level.db()));
        } catch (IOException | RuntimeException e) {
            if (decoded != null) {
                decoded.delete();
            }
            throw e;
        }
    }

    int channels() {
        return ch;
    }

    /** The next {@code count} frames, interleaved, into the start of {@code into}. */
    void read(float[] into, int count) throws IOException {
        for (int f = 0; f < count; f++, frame++, loopFrame++) {
            if (loopFrame == sourceFrames - crossfade && frame + crossfade < frames) {
                // The next loop starts here, over the last `crossfade` frames of this one.
                loopFrame = 0;
                looped = true;
                reader.seekFrame(0);
                bufferAt = bufferEnd = 0;
            }
            if (bufferAt == bufferEnd) {
                fill();
            }
            boolean blend = looped && loopFrame < crossfade;
            float weight = blend ? (loopFrame + 0.5f) / crossfade : 1f;
            float fade = fade();
            for (int c = 0; c < ch; c++) {
                float s = buffer[bufferAt++];
                float value = blend ? tail[(int) loopFrame * ch + c] * (1 - weight) + s * weight : s;
                into[f * ch + c] = value * fade * gain;
            }
        }
    }

    private float fade() {
        if (frame < fadeIn) {
            return (float) frame / fadeIn;
        }
        long fromEnd = frames - 1 - frame;
        return fromEnd < fadeOut ? (float) fromEnd / fadeOut : 1f;
    }

    private void fill() throws IOException {
        bufferAt = 0;
        bufferEnd = reader.read(buffer, 0, buffer.length);
        if (bufferEnd == 0) {
            throw new IllegalStateException("decoded music ended early: " + source);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        source.delete();
    }
}
