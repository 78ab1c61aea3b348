package dev.scriptcast.segment;

import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.compose.FrameProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders segments as they are planned, several at once, each on its own share of the thread budget. A segment
 * waiting to be rendered holds its sound in memory, so planning blocks while {@link #WAITING_SOUND_MS} of sound
 * is waiting (about 11 MB a minute): memory stays flat however long the script and however fast speech comes out of
 * the cache.
 */
public final class SegmentQueue implements AutoCloseable {
    /** Told as each segment is ready, from the thread that made it. */
    public interface Listener {
        void ready(SegmentRenderer.Rendered segment);
    }

    private final SegmentRenderer renderer;
    private final ThreadBudget each;
    private final ExecutorService pool;
    /** Milliseconds of sound held by segments submitted and not yet rendered. */
    private final Semaphore waiting;
    /**
     * Sound that may wait for a renderer. On a machine that speaks before it renders (fewer than
     * {@value ThreadBudget#SPARE_CORES_FROM} threads), a script this long is spoken whole before its first segment
     * renders, and its soundtrack is made right after: on two cores the benchmark script (109 s) was spoken by
     * 4.3 s and its soundtrack cached by 5.7 s, where with eight segments waiting speech ran beside a segment until
     * 11.5 s and a render killed at 60 % lost the mix (the cold render took as long either way).
     */
    static final int WAITING_SOUND_MS = 120_000;
    /** Segments allowed to render at once: {@link #whileSpeaking} while speech is being made, then all of them. */
    private final Semaphore rendering;
    private final int concurrent;
    private final int whileSpeaking;
    private boolean speechDone;
    private int extraWhileSpeaking;
    /** Segments in order as submitted. */
    private final List<Future<SegmentRenderer.Rendered>> inOrder = new CopyOnWriteArrayList<>();
    /** Done once no more segments will be submitted. */
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final AtomicInteger framesDone = new AtomicInteger();
    private final Listener listener;
    private final FrameCounter frames;

    /** Counts frames over all segments: {@code done} so far, of {@code planned} so far. */
    public interface FrameCounter {
        void frames(int done);
    }

    public SegmentQueue(SegmentRenderer renderer, ThreadBudget threads, int concurrent, Listener listener,
                        FrameCounter frames) {
        this.renderer = renderer;
        this.each = new ThreadBudget(Math.max(1, threads.threads() / concurrent), threads.factory());
        this.pool = Executors.newFixedThreadPool(concurrent, threads.named("segment", true));
        this.waiting = new Semaphore(WAITING_SOUND_MS);
        this.concurrent = concurrent;
        this.whileSpeaking = whileSpeaking(threads.threads(), concurrent);
        this.rendering = new Semaphore(whileSpeaking);
        this.listener = listener;
        this.frames = frames;
    }

    /** How many segments to render at once with {@code threads}: about four threads each. */
    public static int concurrency(int threads) {
        return Math.clamp(threads / 4, 1, 8);
    }

    /** The encoder threads each segment gets. */
    public int threadsEach() {
        return each.threads();
    }

    /**
     * Queues a segment. One the cache holds is taken at once, on this thread: it needs no renderer, so it never
     * waits behind segments that do (an edit re-renders a few segments and reuses the rest while speech goes on).
     */
    public void submit(Segment segment) throws InterruptedException, IOException {
        Optional<SegmentRenderer.Rendered> reused = renderer.reused(segment, progress());
        if (reused.isPresent()) {
            listener.ready(reused.get());
            inOrder.add(CompletableFuture.completedFuture(reused.get()));
            return;
        }
        int soundMs = soundMs(segment);
        if (!waiting.tryAcquire(soundMs)) {
            backlog();
            waiting.acquire(soundMs);
        }
        Future<SegmentRenderer.Rendered> future = pool.submit(() -> {
            rendering.acquire();
            try {
                SegmentRenderer.Rendered done = renderer.render(segment, each, progress());
                listener.ready(done);
                return done;
            } finally {
                rendering.release();
                waiting.release(soundMs);
            }
        });
        inOrder.add(future);
    }

    /** The segment's sound in whole milliseconds, at least 1 and at most all that may wait. */
    static int soundMs(Segment segment) {
        long samples = segment.parts().stream().mapToLong(Part::samples).sum();
        return (int) Math.clamp(Math.ceilDiv(samples * 1000, Segment.SAMPLE_RATE), 1, WAITING_SOUND_MS);
    }

    /** Adds one segment's frames to the count as they are done. */
    private FrameProgress progress() {
        int[] last = {0};
        return (n, total) -> {
            frames.frames(framesDone.addAndGet(n - last[0]));
            last[0] = n;
        };
    }

    /**
     * The files of the first {@code count} segments submitted, in order; {@code get(i)} waits until segment i is
     * ready, so a join can start before the last segment is. A failed segment is a {@link SegmentFailed}.
     */
    public List<Path> files(int count) {
        return new AbstractList<>() {
            @Override
            public Path get(int index) {
                try {
                    return inOrder.get(index).get().file();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SegmentFailed(e);
                } catch (ExecutionException e) {
                    throw new SegmentFailed(e.getCause());
                }
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    /** A segment the join waited for failed (or the wait was interrupted); the cause says why. */
    public static final class SegmentFailed extends RuntimeException {
        SegmentFailed(Throwable cause) {
            super(cause);
        }
    }

    /**
     * Segments that may render while speech is being made: none with fewer than
     * {@value ThreadBudget#SPARE_CORES_FROM} threads, all of them from {@value #ALL_WHILE_SPEAKING_FROM}, else
     * half. On two cores a render that spoke and encoded at once took 42 s where one doing them in turn took about
     * 25 s (docs/gpu-verification.md, "MaryTTS on many cores"; measured while MaryTTS's vocoder still handed each
     * sample over from a thread of its own). On 16 cores speech keeps ahead of four segments at once, and the neural
     * presenter's render was 0.3–0.4 s shorter with all four than with two (docs/gpu-verification.md, "The first
     * frame, sooner").
     */
    static int whileSpeaking(int threads, int concurrent) {
        if (threads < ThreadBudget.SPARE_CORES_FROM) {
            return 0;
        }
        return threads >= ALL_WHILE_SPEAKING_FROM ? concurrent : Math.max(1, concurrent / 2);
    }

    private static final int ALL_WHILE_SPEAKING_FROM = 16;

    /** Speech is done: from now on all {@code concurrent} segments may render at once. */
    public synchronized void speechDone() {
        if (!speechDone) {
            speechDone = true;
            rendering.release(concurrent - whileSpeaking - extraWhileSpeaking);
        }
    }

    /**
     * Planned segments fill the waiting room while speech goes on (a long script, or speech from the cache):
     * one more may render beside speech, so that memory stays bounded and planning goes on.
     */
    private synchronized void backlog() {
        if (!speechDone && whileSpeaking + extraWhileSpeaking < concurrent) {
            extraWhileSpeaking++;
            rendering.release();
        }
    }

    /** No more segments will be submitted; {@link #finish} returns once the ones submitted are ready. */
    public void endOfSegments() {
        ended.complete(null);
    }

    /**
     * Every segment, in order, once all are ready and {@link #endOfSegments} was called; may run on another thread
     * than the one submitting. The first failure is thrown.
     */
    public List<SegmentRenderer.Rendered> finish() throws IOException, InterruptedException {
        try {
            ended.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        List<SegmentRenderer.Rendered> out = new ArrayList<>();
        for (Future<SegmentRenderer.Rendered> next : inOrder) {
            try {
                out.add(next.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException("rendering a segment failed: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }

    /**
     * Stops segments still rendering and waits for them to remove their temp files, even when this thread was
     * interrupted (Ctrl-C): the interrupt is kept for the caller.
     */
    @Override
    public void close() {
        pool.shutdownNow();
        boolean interrupted = Thread.interrupted();
        try {
            for (int tries = 0; tries < 60; tries++) {
                try {
                    if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
