package dev.scriptcast.avatar.neural;

/** Time during which at least one of several overlapping activities was running (model runs on two lanes). */
final class BusyClock {
    private int active;
    private long since;
    private long busyNanos;

    synchronized void begin() {
        if (active++ == 0) {
            since = System.nanoTime();
        }
    }

    synchronized void end() {
        if (--active == 0) {
            busyNanos += System.nanoTime() - since;
        }
    }

    synchronized long busyNanos() {
        return busyNanos + (active > 0 ? System.nanoTime() - since : 0);
    }
}
