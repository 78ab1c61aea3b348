package dev.scriptcast.visual;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadFactory;

import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.VideoFormat;

/**
 * A looping background video. A decoder thread runs ahead of the composers, filling a bounded window of
 * reusable frame buffers keyed by output frame; a drawn frame's buffer goes back to the pool. Asking for a
 * frame the window has passed restarts decoding there, so {@code draw} stays a function of the index.
 */
final class VideoBackground implements Layer, AutoCloseable {
    private static final int WINDOW = 16;

    private final Path file;
    private final VideoSource.Probe probe;
    private final VideoFormat fmt;
    private final String decoder;
    private final ThreadFactory decodeThreads;
    private final Map<Integer, int[]> ready = new HashMap<>();
    private final ArrayDeque<int[]> spare = new ArrayDeque<>();
    private int generation;
    private int nextIndex;
    private Thread worker;
    private RuntimeException failure;
    private boolean closed;

    VideoBackground(Path file, VideoSource.Probe probe, VideoFormat fmt, String decoder, ThreadFactory decodeThreads) {
        this.file = file;
        this.probe = probe;
        this.fmt = fmt;
        this.decoder = decoder;
        this.decodeThreads = decodeThreads;
    }

    @Override
    public String name() {
        return "background video " + file.getFileName();
    }

    @Override
    public void draw(int frameIndex, Canvas canvas) {
        int[] px;
        synchronized (this) {
            if (worker == null || (frameIndex < nextIndex && !ready.containsKey(frameIndex))) {
                restartAt(frameIndex);
            }
            while (!ready.containsKey(frameIndex)) {
                if (failure != null) {
                    throw failure;
                }
                waitQuietly();
            }
            px = ready.remove(frameIndex);
            notifyAll();
        }
        System.arraycopy(px, 0, canvas.argb(), 0, px.length);
        synchronized (this) {
            spare.add(px);
        }
    }

    private void restartAt(int frameIndex) {
        generation++;
        spare.addAll(ready.values());
        ready.clear();
        nextIndex = frameIndex;
        failure = null;
        int gen = generation;
        worker = decodeThreads.newThread(() -> decode(gen, frameIndex));
        worker.start();
    }

    private void decode(int gen, int from) {
        try (VideoSource source = new VideoSource(file, probe, fmt, decoder)) {
            for (int i = from; ; i++) {
                int[] buf;
                synchronized (this) {
                    while (current(gen) && ready.size() >= WINDOW) {
                        waitQuietly();
                    }
                    if (!current(gen)) {
                        return;
                    }
                    buf = spare.poll();
                }
                if (buf == null) {
                    buf = new int[fmt.width() * fmt.height()];
                }
                source.frameAt(fmt.timeMs(i) * 1000, buf);
                synchronized (this) {
                    if (!current(gen)) {
                        return;
                    }
                    ready.put(i, buf);
                    nextIndex = i + 1;
                    notifyAll();
                }
            }
        } catch (Exception e) {
            synchronized (this) {
                if (current(gen)) {
                    failure = new IllegalStateException("background video " + file + ": " + e.getMessage(), e);
                    notifyAll();
                }
            }
        }
    }

    private boolean current(int gen) {
        return gen == generation && !closed;
    }

    private void waitQuietly() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the background video", e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        ready.clear();
        spare.clear();
        notifyAll();
    }
}
