package dev.scriptcast.avatar.neural;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Where lip-sync runs (one, or every segment's of a render) spend their threads' time, step by step (summed over
 * the threads doing the step), how long each end waited for the other (the producer for room in the ring, the
 * composer for a finished frame), and the wall time during which any run was producing or inside the model.
 */
final class LipSyncClocks {
    final BusyClock active = new BusyClock();
    final BusyClock model = new BusyClock();
    final LongAdder frames = new LongAdder();
    enum Step { MEL, CROP, MODEL, UNPACK, PASTE, PRODUCER_WAIT, COMPOSER_WAIT }

    private final Map<Step, LongAdder> nanos = new EnumMap<>(Step.class);

    LipSyncClocks() {
        for (Step step : Step.values()) {
            nanos.put(step, new LongAdder());
        }
    }

    void add(Step step, long startNanos) {
        nanos.get(step).add(System.nanoTime() - startNanos);
    }

    <T> T time(Step step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(step, start);
        }
    }

    LipSyncStats stats(LipSyncModel lipSync, int batchSize) {
        return new LipSyncStats(lipSync.providerUsed(), lipSync.providerReason(), batchSize, frames.intValue(),
                active.busyNanos(), model.busyNanos(), steps());
    }

    LipSyncStats.Steps steps() {
        return new LipSyncStats.Steps(ms(Step.MEL), ms(Step.CROP), ms(Step.MODEL), ms(Step.UNPACK), ms(Step.PASTE),
                ms(Step.PRODUCER_WAIT), ms(Step.COMPOSER_WAIT));
    }

    private double ms(Step step) {
        return nanos.get(step).sum() / 1e6;
    }
}
