package dev.scriptcast.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.cache.CacheKind;
import dev.scriptcast.cache.FileEntries;
import dev.scriptcast.compose.Container;
import dev.scriptcast.compose.EncodeSettings;
import dev.scriptcast.compose.VideoFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The waiting room on a machine that speaks before it renders (two threads): segments wait while speech goes on,
 * until {@link SegmentQueue#WAITING_SOUND_MS} of sound is waiting; then one renders beside speech, so planning
 * goes on and memory stays bounded.
 */
class SegmentQueueTest {
    private static final VideoFormat FMT = new VideoFormat(64, 64, 2);
    private static final long TEN_SECONDS = 10L * Segment.SAMPLE_RATE;

    @TempDir
    Path dir;

    private final List<Integer> ready = new CopyOnWriteArrayList<>();

    private SegmentQueue queue() {
        SegmentRenderer renderer = new SegmentRenderer(FMT, EncodeSettings.defaults().withEncoder("libx264"),
                Container.MP4, new FileEntries(dir, CacheKind.SEGMENTS), "test look", false,
                (segment, narration) -> List.of(), notice -> {});
        return new SegmentQueue(renderer, new ThreadBudget(2, Thread.ofPlatform().daemon().factory()), 1,
                segment -> ready.add(segment.index()), frames -> {});
    }

    /** Ten seconds of sound, a sample shorter for each index: no two share a key, so none is reused. */
    private static Segment tenSeconds(int index) {
        int frames = Segment.framesFor(TEN_SECONDS, FMT);
        return new Segment(index, index * frames, frames, List.of(new Part.Silence(TEN_SECONDS - index)));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void segmentsWaitForSpeechWhileTheirSoundFitsTheWaitingRoom() throws Exception {
        int fit = SegmentQueue.WAITING_SOUND_MS / 10_000;
        try (SegmentQueue queue = queue()) {
            for (int i = 0; i < fit; i++) {
                queue.submit(tenSeconds(i));
            }
            Thread.sleep(500);
            assertThat(ready).as("rendered while speech goes on").isEmpty();
            queue.speechDone();
            queue.endOfSegments();
            assertThat(queue.finish()).hasSize(fit);
            assertThat(ready).hasSize(fit);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFullWaitingRoomLetsOneSegmentRenderBesideSpeechAndPlanningGoesOn() throws Exception {
        int fit = SegmentQueue.WAITING_SOUND_MS / 10_000;
        try (SegmentQueue queue = queue()) {
            for (int i = 0; i < fit + 3; i++) {
                queue.submit(tenSeconds(i));
            }
            assertThat(ready).as("rendered before speech was done").hasSizeGreaterThanOrEqualTo(3)
                    .startsWith(0, 1, 2);
            queue.speechDone();
            queue.endOfSegments();
            assertThat(queue.finish()).extracting(SegmentRenderer.Rendered::index)
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, fit + 3).boxed().toList());
        }
    }
}
