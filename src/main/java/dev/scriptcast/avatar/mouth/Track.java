package dev.scriptcast.avatar.mouth;

import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A gap-free sequence of values over [startMs, endMs) that passes paint on: {@link #set} overwrites a range.
 * Used only inside a pass, so the passes themselves stay pure functions of their input timeline.
 */
final class Track<T> {
    private final long startMs;
    private final long endMs;
    private final TreeMap<Long, T> starts = new TreeMap<>();

    Track(long startMs, long endMs, T fill) {
        this.startMs = startMs;
        this.endMs = endMs;
        starts.put(startMs, fill);
    }

    /** A track painted with {@code items}; gaps keep {@code fill}. */
    static <T> Track<T> of(Timeline<T> items, T fill) {
        long start = items.isEmpty() ? 0 : items.get(0).startMs();
        Track<T> track = new Track<>(start, Math.max(start, items.endMs()), fill);
        for (Timed<T> item : items.items()) {
            track.set(item.startMs(), item.endMs(), item.value());
        }
        return track;
    }

    void set(long fromMs, long toMs, T value) {
        long from = Math.max(fromMs, startMs);
        long to = Math.min(toMs, endMs);
        if (from >= to) {
            return;
        }
        T after = to < endMs ? at(to) : null;
        starts.subMap(from, true, to, true).clear();
        starts.put(from, value);
        if (to < endMs) {
            starts.put(to, after);
        }
    }

    T at(long timeMs) {
        return starts.floorEntry(Math.max(timeMs, startMs)).getValue();
    }

    /** The track as a timeline; with {@code join}, equal neighbours merge into one item. */
    Timeline<T> toTimeline(boolean join) {
        List<Timed<T>> out = new ArrayList<>();
        List<Map.Entry<Long, T>> entries = new ArrayList<>(starts.entrySet());
        for (int i = 0; i < entries.size(); i++) {
            long from = entries.get(i).getKey();
            long to = i + 1 < entries.size() ? entries.get(i + 1).getKey() : endMs;
            T value = entries.get(i).getValue();
            if (from >= to) {
                continue;
            }
            if (join && !out.isEmpty() && Objects.equals(out.getLast().value(), value)) {
                out.set(out.size() - 1, new Timed<>(out.getLast().startMs(), to, value));
            } else {
                out.add(new Timed<>(from, to, value));
            }
        }
        return new Timeline<>(out);
    }
}
