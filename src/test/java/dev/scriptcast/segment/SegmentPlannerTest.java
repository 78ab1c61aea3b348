package dev.scriptcast.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentPlannerTest {
    private static final VideoFormat FMT = new VideoFormat(640, 360, 30);
    private static final long GAP = Segment.SAMPLE_RATE / 4;

    /** Paragraphs of sentence lengths in seconds; a one-second pause between paragraphs. */
    private static List<Segment> plan(double[][] paragraphs) throws Exception {
        List<Segment> out = new ArrayList<>();
        SegmentPlanner planner = new SegmentPlanner(FMT, out::add);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                planner.pause(Segment.SAMPLE_RATE);
            }
            for (int s = 0; s < paragraphs[p].length; s++) {
                boolean last = s == paragraphs[p].length - 1;
                planner.sentence(speech("p" + p + "s" + s + "@" + paragraphs[p][s], paragraphs[p][s]), last ? 0 : GAP);
            }
            planner.endParagraph();
        }
        planner.finish();
        return out;
    }

    private static Part.Speech speech(String key, double seconds) {
        return new Part.Speech(key, new float[(int) (seconds * Segment.SAMPLE_RATE)], Timeline.empty(),
                Timeline.empty());
    }

    private static final double[][] SCRIPT = {{3, 4, 2.5, 6, 1}, {7, 8, 9}, {2}, {4, 4, 4, 4}};

    @Test
    void segmentsHoldFiveToTwentySecondsAndNeverSpanParagraphs() throws Exception {
        List<Segment> segments = plan(SCRIPT);
        for (Segment s : segments) {
            long speechKinds = s.parts().stream().filter(Part.Speech.class::isInstance)
                    .map(p -> ((Part.Speech) p).key().substring(0, 2)).distinct().count();
            assertThat(speechKinds).as("paragraphs in segment %d", s.index()).isLessThanOrEqualTo(1);
            assertThat(s.frames()).isLessThanOrEqualTo(21 * FMT.fps());
        }
        assertThat(segments.stream().filter(s -> s.frames() >= 5 * FMT.fps()).count())
                .isGreaterThanOrEqualTo(segments.size() - 3);
    }

    @Test
    void segmentsFollowEachOtherFrameByFrame() throws Exception {
        List<Segment> segments = plan(SCRIPT);
        int next = 0;
        for (Segment s : segments) {
            assertThat(s.startFrame()).isEqualTo(next);
            long sound = s.parts().stream().mapToLong(Part::samples).sum();
            assertThat(Segment.paddedSamples(s.frames(), FMT)).isGreaterThanOrEqualTo(sound)
                    .isLessThan(sound + Segment.SAMPLE_RATE / FMT.fps() + 1);
            next += s.frames();
        }
    }

    @Test
    void anEditInOneParagraphLeavesTheOtherParagraphsSegmentsAlone() throws Exception {
        double[][] edited = {{3, 4.7, 2.5, 6, 1}, {7, 8, 9}, {2}, {4, 4, 4, 4}};
        List<Segment> before = plan(SCRIPT);
        List<Segment> after = plan(edited);
        List<String> keysBefore = before.stream().map(s -> SegmentKey.of("look", s, false)).toList();
        List<String> keysAfter = after.stream().map(s -> SegmentKey.of("look", s, false)).toList();
        for (int i = 0; i < before.size(); i++) {
            boolean changed = before.get(i).parts().stream()
                    .anyMatch(p -> p instanceof Part.Speech sp && sp.key().startsWith("p0s1"));
            assertThat(keysAfter.contains(keysBefore.get(i))).as("segment %d kept", i).isEqualTo(!changed);
        }
        assertThat(after.getLast().startFrame()).isNotEqualTo(before.getLast().startFrame());
    }

    @Test
    void aKeyFollowsTheClockOnlyWhenThePictureDoes() throws Exception {
        List<Segment> a = plan(new double[][] {{6}, {6}});
        List<Segment> b = plan(new double[][] {{9}, {6}});
        Segment last = a.getLast();
        Segment moved = b.getLast();
        assertThat(moved.startFrame()).isNotEqualTo(last.startFrame());
        assertThat(SegmentKey.of("look", moved, false)).isEqualTo(SegmentKey.of("look", last, false));
        assertThat(SegmentKey.of("look", moved, true)).isNotEqualTo(SegmentKey.of("look", last, true));
        assertThat(SegmentKey.of("other look", last, false)).isNotEqualTo(SegmentKey.of("look", last, false));
    }
}
