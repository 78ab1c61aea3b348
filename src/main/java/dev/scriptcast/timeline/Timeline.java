package dev.scriptcast.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** An immutable sequence of timed values ordered by start time. */
public record Timeline<T>(List<Timed<T>> items) {
    public Timeline {
        items = List.copyOf(items);
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i).startMs() < items.get(i - 1).startMs()) {
                throw new IllegalArgumentException("timeline not ordered at index " + i);
            }
        }
    }

    public static <T> Timeline<T> empty() {
        return new Timeline<>(List.of());
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    public Timed<T> get(int index) {
        return items.get(index);
    }

    public long endMs() {
        return items.isEmpty() ? 0 : items.getLast().endMs();
    }

    /** The item covering {@code timeMs}, found by binary search. */
    public Optional<Timed<T>> at(long timeMs) {
        int lo = 0;
        int hi = items.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Timed<T> item = items.get(mid);
            if (item.endMs() <= timeMs) {
                lo = mid + 1;
            } else if (item.startMs() > timeMs) {
                hi = mid - 1;
            } else {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    public Timeline<T> shiftedBy(long offsetMs) {
        return new Timeline<>(items.stream().map(t -> t.shiftedBy(offsetMs)).toList());
    }

    public <R> Timeline<R> map(Function<T, R> mapper) {
        return new Timeline<>(items.stream()
                .map(t -> new Timed<>(t.startMs(), t.endMs(), mapper.apply(t.value())))
                .toList());
    }

    /** This timeline followed by {@code other}, whose times are already absolute. */
    public Timeline<T> append(Timeline<T> other) {
        List<Timed<T>> all = new ArrayList<>(items);
        all.addAll(other.items);
        return new Timeline<>(all);
    }
}
