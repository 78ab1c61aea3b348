package dev.scriptcast.speech.onnx;

import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;

/** Scales a timeline so that it ends exactly at the end of the audio it describes. */
final class Stretch {
    private Stretch() {}

    static <T> Timeline<T> to(Timeline<T> timeline, long audioMs) {
        long endMs = timeline.endMs();
        if (endMs <= 0 || endMs == audioMs) {
            return timeline;
        }
        double factor = audioMs / (double) endMs;
        return new Timeline<>(timeline.items().stream().map(t -> new Timed<>(Math.round(t.startMs() * factor),
                Math.round(t.endMs() * factor), t.value())).toList());
    }
}
