package dev.scriptcast.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether the picture or the sound was ready last, from the stages' times. */
class BottleneckTest {
    @Test
    void aVideoFinishedAfterTheMixBoundTheRunThoughMuxingFollowsTheMix() {
        List<StageMetrics> stages = List.of(stage("tts_generation", 200, 4000), stage("video_composition", 1800, 7200),
                stage("audio_mixing", 4000, 4900), stage("muxing", 4900, 7250));
        assertThat(CriticalPath.of(stages, 7300).stages()).doesNotContain("video_composition");
        assertThat(Bottleneck.pictureLast(stages)).isTrue();
    }

    @Test
    void aVideoFinishedBeforeTheMixDidNot() {
        List<StageMetrics> stages = List.of(stage("tts_generation", 200, 5000), stage("video_composition", 1800, 4800),
                stage("audio_mixing", 5000, 6900), stage("muxing", 6900, 7700));
        assertThat(Bottleneck.pictureLast(stages)).isFalse();
    }

    private static StageMetrics stage(String name, long startMs, long endMs) {
        return new StageMetrics(name, startMs, endMs, endMs - startMs, 100, 50, 100, 50, 500, 50, 10, null, "CPU",
                List.of(), null, List.of());
    }
}
