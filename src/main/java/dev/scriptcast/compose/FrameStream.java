package dev.scriptcast.compose;

import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.bytedeco.javacpp.BytePointer;

import dev.scriptcast.audio.PcmAudio;

/**
 * One render's frame ring: producer threads draw frames into a bounded ring of reusable buffers and convert them
 * to yuv420p; the calling thread encodes them in order and, when there is a soundtrack, interleaves it. Slot
 * i % ring holds the i-th frame of the run until the encoder has written it. A run covers the composition's frames
 * {@code first} to {@code first + total - 1}, so a segment draws the same frames as the whole video would.
 */
final class FrameStream {
    private final VideoFormat fmt;
    private final Composition composition;
    private final int first;
    private final int total;
    private final int workers;
    private final int ring;
    private final Canvas[] canvases;
    private final BytePointer[] yuv;
    private final ConcurrentLinkedQueue<YuvConverter> converters = new ConcurrentLinkedQueue<>();
    private final AtomicLong composeNanos = new AtomicLong();
    private BytePointer baseYuv;
    private long encodeNanos;
    private long waitNanos;

    FrameStream(VideoFormat fmt, Composition composition, int first, int total, int workers) {
        this.fmt = fmt;
        this.composition = composition;
        this.first = first;
        this.total = total;
        this.workers = workers;
        this.ring = workers * 2 + 2;
        this.canvases = new Canvas[ring];
        this.yuv = new BytePointer[ring];
    }

    /** Encodes the frames, and {@code audio} beside them unless it is null (a video-only segment). */
    RenderTiming run(ThreadFactory producers, VideoFileWriter writer, PcmAudio audio, FrameProgress progress)
            throws IOException {
        for (int s = 0; s < ring; s++) {
            canvases[s] = new Canvas(fmt.width(), fmt.height());
            yuv[s] = new BytePointer(YuvConverter.frameBytes(fmt.width(), fmt.height()));
        }
        if (composition.regions() != null) {
            baseYuv = new BytePointer(YuvConverter.frameBytes(fmt.width(), fmt.height()));
            try (YuvConverter c = new YuvConverter(fmt.width(), fmt.height())) {
                c.convert(composition.base().argb(), baseYuv);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, producers);
        try {
            encodeAll(writer, audio, progress, pool);
            return new RenderTiming(workers, composeNanos.get() / 1_000_000, encodeNanos / 1_000_000,
                    waitNanos / 1_000_000);
        } finally {
            pool.shutdownNow();
            if (awaitQuietly(pool)) {
                freeBuffers();
            }
        }
    }

    private void freeBuffers() {
        converters.forEach(YuvConverter::close);
        for (BytePointer p : yuv) {
            p.close();
        }
        if (baseYuv != null) {
            baseYuv.close();
        }
    }

    private void encodeAll(VideoFileWriter writer, PcmAudio audio, FrameProgress progress, ExecutorService pool)
            throws IOException {
        @SuppressWarnings("unchecked")
        Future<Integer>[] pending = new Future[ring];
        for (int i = 0; i < Math.min(ring, total); i++) {
            pending[i] = submit(pool, i);
        }
        int audioDone = 0;
        for (int i = 0; i < total; i++) {
            long t0 = System.nanoTime();
            int slot = await(pending[i % ring]);
            long t1 = System.nanoTime();
            writer.writeFrame(yuv[slot]);
            if (i + ring < total) {
                pending[i % ring] = submit(pool, i + ring);
            }
            if (audio != null) {
                audioDone = writeAudio(writer, audio, audioDone, (long) (i + 1) * audio.sampleRate() / fmt.fps());
            }
            waitNanos += t1 - t0;
            encodeNanos += System.nanoTime() - t1;
            progress.framesDone(i + 1, total);
        }
        if (audio != null) {
            writeAudio(writer, audio, audioDone, audio.frames());
        }
    }

    /** Writes the audio up to sample frame {@code endFrame}; returns the samples written so far. */
    private static int writeAudio(VideoFileWriter writer, PcmAudio audio, int done, long endFrame) throws IOException {
        float[] samples = audio.samples();
        int end = (int) Math.min(samples.length, endFrame * audio.channels());
        writer.writeAudio(samples, audio.sampleRate(), done, end);
        return Math.max(done, end);
    }

    private Future<Integer> submit(ExecutorService pool, int frame) {
        return pool.submit(() -> {
            long start = System.nanoTime();
            int slot = frame % ring;
            composition.draw(first + frame, canvases[slot]);
            YuvConverter c = converters.poll();
            if (c == null) {
                c = new YuvConverter(fmt.width(), fmt.height());
            }
            try {
                if (baseYuv == null) {
                    c.convert(canvases[slot].argb(), yuv[slot]);
                } else {
                    c.convert(canvases[slot].argb(), yuv[slot], composition.regions(), baseYuv);
                }
            } finally {
                converters.add(c);
            }
            composeNanos.addAndGet(System.nanoTime() - start);
            return slot;
        });
    }

    private static int await(Future<Integer> f) throws IOException {
        try {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("rendering interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("drawing a frame failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Waits for the producers even when this thread is interrupted (Ctrl-C): the frame buffers they write
     * into are freed next, and freeing them under a running producer crashes the process. False when a
     * producer is still running after a minute: its buffers are then left to leak rather than freed.
     */
    private static boolean awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        boolean stopped = false;
        for (int tries = 0; tries < 60 && !stopped; tries++) {
            try {
                stopped = pool.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return stopped;
    }
}
