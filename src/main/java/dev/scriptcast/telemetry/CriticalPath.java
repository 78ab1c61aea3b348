package dev.scriptcast.telemetry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The chain of stages that decided when the run finished: from the stage that ended last, step back to the
 * stage that ended last before it began, and so on. Stages off this chain ran in parallel with it.
 */
public record CriticalPath(List<String> stages, long wallMs, long untrackedMs) {
    public CriticalPath {
        stages = List.copyOf(stages);
    }

    static CriticalPath of(List<StageMetrics> stages, long totalMs) {
        List<StageMetrics> sorted = new ArrayList<>(stages);
        sorted.sort(Comparator.comparingLong(StageMetrics::endMs));
        List<String> chain = new ArrayList<>();
        long wall = 0;
        long boundary = Long.MAX_VALUE;
        for (int i = sorted.size() - 1; i >= 0; i--) {
            StageMetrics s = sorted.get(i);
            if (s.endMs() <= boundary) {
                chain.add(s.name());
                wall += s.wallMs();
                boundary = s.startMs();
            }
        }
        Collections.reverse(chain);
        return new CriticalPath(chain, wall, Math.max(0, totalMs - wall));
    }
}
