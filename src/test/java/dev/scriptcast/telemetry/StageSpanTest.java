package dev.scriptcast.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** An engine started by one paragraph on a worker thread is charged to the stage, not hidden in that paragraph. */
class StageSpanTest {
    @Test
    void aStageSpanOpenedInsideAParagraphSitsDirectlyInTheStage() throws Exception {
        RunMetrics metrics;
        try (Telemetry t = Telemetry.start(50, "libnvidia-ml-absent.so.1")) {
            t.stage("tts_generation", () -> {
                try (ExecutorService worker = Executors.newSingleThreadExecutor()) {
                    return worker.submit(() -> {
                        try (Span paragraph = t.span("paragraph at line 1");
                             Span start = t.stageSpan(Telemetry.ENGINE_START)) {
                            Thread.sleep(20);
                        }
                        return null;
                    }).get();
                }
            });
            metrics = t.finish();
        }

        StageMetrics speech = metrics.stages().getFirst();
        assertThat(speech.spans()).extracting(SpanMetrics::name)
                .containsExactlyInAnyOrder("paragraph at line 1", Telemetry.ENGINE_START);
        assertThat(speech.spans()).allSatisfy(span -> assertThat(span.spans()).as(span.name()).isEmpty());
    }
}
