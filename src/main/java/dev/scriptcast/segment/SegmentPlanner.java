package dev.scriptcast.segment;

import dev.scriptcast.compose.VideoFormat;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;

/**
 * Cuts the narration into segments as its sentences arrive, in script order. A segment closes once it holds at
 * least {@link #MIN_SAMPLES} of sound, before a sentence that would take it past {@link #MAX_SAMPLES}, and at the
 * end of every paragraph, so it never spans two paragraphs: an edit in one paragraph cannot move the cuts in
 * another. A pause after a paragraph opens the next segment.
 */
public final class SegmentPlanner {
    public static final long MIN_SAMPLES = 5L * Segment.SAMPLE_RATE;
    public static final long MAX_SAMPLES = 20L * Segment.SAMPLE_RATE;

    private final VideoFormat fmt;
    private final Sink sink;
    private final List<Part> open = new ArrayList<>();
    private long openSamples;
    private boolean openHasSpeech;
    private int nextIndex;
    private int nextFrame;

    /** Receives each segment as soon as it is closed, in order. */
    public interface Sink {
        void accept(Segment segment) throws IOException, InterruptedException;
    }

    public SegmentPlanner(VideoFormat fmt, Sink sink) {
        this.fmt = fmt;
        this.sink = sink;
    }

    /** The next sentence of the current paragraph, followed by {@code gapSamples} of silence inside it. */
    public void sentence(Part.Speech speech, long gapSamples) throws IOException, InterruptedException {
        if (openHasSpeech && openSamples + speech.samples() > MAX_SAMPLES) {
            close();
        }
        add(speech);
        openHasSpeech = true;
        if (gapSamples > 0) {
            add(new Part.Silence(gapSamples));
        }
        if (openSamples >= MIN_SAMPLES) {
            close();
        }
    }

    public void endParagraph() throws IOException, InterruptedException {
        if (openHasSpeech) {
            close();
        }
    }

    public void pause(long samples) {
        if (samples > 0) {
            add(new Part.Silence(samples));
        }
    }

    /** Closes what is left (a trailing pause becomes a segment of its own). */
    public void finish() throws IOException, InterruptedException {
        if (!open.isEmpty()) {
            close();
        }
    }

    /** Frames planned so far. */
    public int frames() {
        return nextFrame;
    }

    public int segments() {
        return nextIndex;
    }

    private void add(Part part) {
        open.add(part);
        openSamples += part.samples();
    }

    private void close() throws IOException, InterruptedException {
        int frames = Segment.framesFor(openSamples, fmt);
        Segment segment = new Segment(nextIndex++, nextFrame, frames, open);
        nextFrame += frames;
        open.clear();
        openSamples = 0;
        openHasSpeech = false;
        sink.accept(segment);
    }
}
