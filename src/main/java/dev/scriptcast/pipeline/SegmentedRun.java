package dev.scriptcast.pipeline;

import dev.scriptcast.audio.LoudnessMeter;
import dev.scriptcast.audio.PcmFile;
import dev.scriptcast.base.KeyHash;
import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.script.Sentence;
import dev.scriptcast.segment.ScriptSentences;
import dev.scriptcast.segment.Segment;
import dev.scriptcast.segment.SegmentKey;
import dev.scriptcast.segment.SegmentPlanner;
import dev.scriptcast.segment.SegmentQueue;
import dev.scriptcast.segment.SegmentRenderer;
import dev.scriptcast.speech.Narrator;
import dev.scriptcast.speech.Word;
import dev.scriptcast.telemetry.Telemetry;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Speech and video overlapped: as sentences are spoken in order they are cut into segments; each segment's sound
 * is appended to the narration file and the segment is queued for rendering at once. The video_composition stage
 * runs on a thread of its own from the first segment until the last is ready.
 */
final class SegmentedRun implements AutoCloseable {
    private final RenderInputs in;
    private final Telemetry telemetry;
    private final PcmFile narration;
    private final ProgressListener progress;
    private final SegmentQueue queue;
    private final ThreadBudget threads;
    private final LoudnessMeter loudness;
    /** Each planned segment's sound named by its parts, in order. */
    private final StringBuilder narrationParts = new StringBuilder();
    private final List<Timed<Word>> words = new ArrayList<>();
    private final AtomicInteger ready = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    private volatile int plannedFrames;
    private volatile int plannedSegments;
    private Thread composition;
    private volatile List<SegmentRenderer.Rendered> composed;
    private volatile Exception failure;

    /** {@code measureLoudness}: the narration's loudness is measured as it is written ({@link #loudness}). */
    SegmentedRun(RenderInputs in, Telemetry telemetry, SegmentRenderer renderer, PcmFile narration,
                 ProgressListener progress, int concurrent, ThreadBudget threads, boolean measureLoudness) {
        this.in = in;
        this.telemetry = telemetry;
        this.narration = narration;
        this.progress = progress;
        this.threads = threads;
        this.loudness = measureLoudness ? new LoudnessMeter(threads.named("loudness", true)) : null;
        this.queue = new SegmentQueue(renderer, threads, concurrent, this::segmentReady,
                done -> progress.frames(done, plannedFrames));
    }

    /** The tts_generation stage: every sentence spoken, the narration written and every segment queued. */
    Void speak(Narrator narrator) throws Exception {
        ScriptSentences script = new ScriptSentences(in.script());
        List<Sentence> sentences = script.sentences();
        progress.speech(0, sentences.size());
        try (PcmFile.Writer out = narration.writer(loudness)) {
            SegmentPlanner planner = new SegmentPlanner(in.format(), segment -> planned(segment, out));
            script.start(planner);
            narrator.speak(in.script().source(), sentences, (i, spoken) -> {
                script.feed(i, spoken, planner);
                progress.speech(i + 1, sentences.size());
            });
        } finally {
            queue.endOfSegments();
            queue.speechDone();
        }
        return null;
    }

    /** The segments in order, once all are ready. */
    List<SegmentRenderer.Rendered> composed() throws IOException, InterruptedException {
        if (composition != null) {
            composition.join();
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof InterruptedException ie) {
            throw ie;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
        return composed == null ? List.of() : composed;
    }

    /**
     * The segments' files in order, once speech is done (all are planned): each element waits until its segment is
     * ready, so joining can start while the last segments are still being rendered.
     */
    List<Path> files() {
        return queue.files(plannedSegments);
    }

    /** Every word as written, with times from the start of the video. */
    Timeline<Word> words() {
        return new Timeline<>(words);
    }

    int frames() {
        return plannedFrames;
    }

    /**
     * Names the narration once speech is done: a hash of its segments' parts (each sentence's speech key and
     * length, each silence) and lengths in frames, which decide every sample. It names the soundtrack made from it.
     */
    String narrationDigest() {
        return KeyHash.of(narrationParts.toString(), 20);
    }

    /** The narration's loudness, measured as it was written; null when not asked for. */
    LoudnessMeter loudness() {
        return loudness;
    }

    private void planned(Segment segment, PcmFile.Writer out) throws IOException, InterruptedException {
        VideoFormat fmt = in.format();
        float[] sound = segment.audio(fmt).samples();
        out.write(sound, 0, sound.length);
        // The segment's sound named by its parts, as its cache key names them: hashing the samples themselves
        // took a fresh JVM 0.1-0.2 s for the benchmark script, before the JIT had compiled the hash.
        narrationParts.append(SegmentKey.of("narration at " + fmt.fps() + " fps", segment, false)).append('\n');
        long startMs = segment.startMs(fmt);
        segment.words().items().forEach(w -> words.add(w.shiftedBy(startMs)));
        plannedFrames = segment.startFrame() + segment.frames();
        plannedSegments = segment.index() + 1;
        if (composition == null) {
            composition = threads.named("composition", true).newThread(this::compose);
            composition.start();
        }
        queue.submit(segment);
    }

    private void compose() {
        try {
            composed = Pipeline.stage(telemetry, progress, "video_composition", queue::finish);
        } catch (Exception e) {
            failure = e;
        }
    }

    private void segmentReady(SegmentRenderer.Rendered segment) {
        int reusedNow = segment.reused() ? reused.incrementAndGet() : reused.get();
        progress.segments(ready.incrementAndGet(), reusedNow, plannedSegments);
    }

    @Override
    public void close() throws InterruptedException {
        if (loudness != null) {
            loudness.close();
        }
        queue.endOfSegments();
        queue.close();
        if (composition != null) {
            composition.join();
        }
    }
}
