package dev.scriptcast.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One progress number from the pipeline's stages and counts: it moves within stages, never back, never to 1. */
class JobProgressTest {
    private long nowNanos;
    private final List<JobProgress.Snapshot> seen = new ArrayList<>();
    private final List<String> stages = new ArrayList<>();
    private final JobProgress progress = new JobProgress((snapshot, newStage) -> {
        seen.add(snapshot);
        if (newStage) {
            stages.add(snapshot.stage());
        }
    }, () -> nowNanos);

    @Test
    void movesWithinAStageAndNeverGoesBack() {
        progress.stageStarted("script_parsing");
        progress.stageFinished("script_parsing", 10);
        progress.stageStarted("tts_generation");
        for (int done = 0; done <= 4; done++) {
            nowNanos += 1_000_000_000L;
            progress.speech(done, 4);
        }
        double afterSpeech = progress.snapshot().progress();
        progress.stageFinished("tts_generation", 4000);
        progress.stageStarted("video_composition");
        nowNanos += 1_000_000_000L;
        progress.frames(50, 100);

        assertThat(seen.stream().map(JobProgress.Snapshot::progress).toList()).isSorted();
        assertThat(afterSpeech).isGreaterThan(0.3).isLessThan(0.5);
        assertThat(progress.snapshot().progress()).isGreaterThan(afterSpeech).isLessThan(1.0);
        assertThat(stages).containsExactly("script_parsing", "tts_generation", "video_composition");
        assertThat(progress.snapshot().stage()).isEqualTo("video_composition");
    }

    @Test
    void estimatesTheTimeLeftFromTheShareDone() {
        progress.stageStarted("tts_generation");
        progress.speech(4, 4);
        nowNanos += 10_000_000_000L;
        progress.frames(50, 100);

        JobProgress.Snapshot half = progress.snapshot();
        assertThat(half.progress()).isCloseTo(0.30 + 0.58 * 0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(half.etaMs()).isEqualTo(Math.round(10_000 * (1 - half.progress()) / half.progress()));
    }

    @Test
    void stopsShortOfDoneUntilTheJobIsDone() {
        for (String stage : List.of("script_parsing", "tts_generation", "video_composition", "audio_mixing",
                "muxing")) {
            progress.stageStarted(stage);
            progress.frames(10, 10);
            progress.stageFinished(stage, 1);
        }
        assertThat(progress.snapshot().progress()).isEqualTo(0.99);
    }

    @Test
    void knowsNothingBeforeTheFirstStage() {
        assertThat(progress.snapshot()).isEqualTo(new JobProgress.Snapshot(null, 0, null));
    }
}
