package dev.scriptcast.avatar.neural;

import java.util.Arrays;

/**
 * A bounded reorder buffer between the lip-sync producer and the frame composer: results may arrive out of
 * order (several post-processing threads) and be taken out of order (several composer threads), while at most
 * {@code capacity} frames are held, so memory does not grow with the video's length.
 */
final class FrameRing<T> {
    private final Object[] values;
    private final int[] frames;
    private final boolean[] ready;
    private final boolean[] taken;
    private Throwable failure;

    FrameRing(int capacity) {
        values = new Object[capacity];
        frames = new int[capacity];
        ready = new boolean[capacity];
        taken = new boolean[capacity];
        Arrays.fill(frames, -1);
    }

    /**
     * Claims slots for frames {@code from..to-1}, waiting until the frame one capacity earlier holds the slot and
     * was taken. Waiting for that exact frame keeps several producers (model lanes) from claiming a slot before
     * an earlier frame of another producer has had it, which would release that frame unseen.
     */
    synchronized void reserve(int from, int to) throws InterruptedException {
        for (int f = from; f < to; f++) {
            int slot = f % values.length;
            int previous = f >= values.length ? f - values.length : -1;
            while (frames[slot] != previous || (previous >= 0 && !taken[slot])) {
                wait();
            }
            frames[slot] = f;
            values[slot] = null;
            ready[slot] = false;
            taken[slot] = false;
        }
        notifyAll();
    }

    /** Stores a reserved frame's result. */
    synchronized void put(int frame, T value) {
        int slot = frame % values.length;
        values[slot] = value;
        ready[slot] = true;
        notifyAll();
    }

    /** Blocks until the frame's result is there; a frame may be taken again until its slot is reused. */
    @SuppressWarnings("unchecked")
    synchronized T take(int frame) throws InterruptedException {
        int slot = frame % values.length;
        while (frames[slot] != frame || !ready[slot]) {
            if (failure != null) {
                throw new IllegalStateException("lip-sync failed: " + failure.getMessage(), failure);
            }
            if (frames[slot] > frame) {
                throw new IllegalStateException("lip-sync frame " + frame + " was already released");
            }
            wait();
        }
        taken[slot] = true;
        notifyAll();
        return (T) values[slot];
    }

    synchronized void fail(Throwable cause) {
        failure = cause;
        notifyAll();
    }
}
