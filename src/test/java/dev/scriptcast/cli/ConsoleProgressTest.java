package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line fits a narrow terminal and speech synthesis shows progress too. */
class ConsoleProgressTest {
    @Test
    void noLineIsWiderThanFiftyColumns() {
        for (int total : new int[] {1, 9, 900, 35_999, 1_000_000}) {
            for (int done : new int[] {0, 1, total / 2, total}) {
                String line = ConsoleProgress.line("frames", done, total, 61_000_000_000L, 49);
                assertThat(line.length()).as(line).isLessThanOrEqualTo(49);
                assertThat(line).contains(done + "/" + total);
            }
        }
        for (int done = 0; done <= 900; done += 7) {
            assertThat(ConsoleProgress.line("frames", done, 900, done * 50_000_000L, 49)).as("the bar never jumps")
                    .hasSize(ConsoleProgress.line("frames", 900, 900, 0, 49).length());
        }
        assertThat(ConsoleProgress.line("frames", 450, 900, 10_000_000_000L, 49)).startsWith("[").contains("ETA  0:10");
    }

    @Test
    void plainLinesFitTooAndSpeechIsCountedInSentences() {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(false, new PrintWriter(text, true), false, 50);

        progress.speech(0, 12);
        progress.speech(12, 12);
        progress.frames(36_000, 36_000);

        assertThat(text.toString().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(50));
        assertThat(text.toString()).contains("12/12 sentences", "36000/36000 frames");
    }

    @Test
    void theLastLineCountsEverySegmentOnceTheLastIsFinished() {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(false, new PrintWriter(text, true), false, 80);

        progress.speech(3, 3);
        progress.segments(1, 0, 2);
        progress.frames(90, 90);
        progress.segments(2, 0, 2);

        assertThat(text.toString().lines().reduce((a, b) -> b).orElseThrow())
                .contains("90/90 frames, 2/2 segments (0 reused)");
    }

    @Test
    void columnsComeFromTheEnvironmentWhenValid() {
        assertThat(TerminalWidth.parse("50")).isEqualTo(50);
        assertThat(TerminalWidth.parse("wide")).isNull();
        assertThat(TerminalWidth.parse(null)).isNull();
    }

    @Test
    void quietShowsAChangedRequestAndHidesProgressAndFfmpegsOwnLines() {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(true, new PrintWriter(text, true), false, 80);

        progress.stageFinished("script_parsing", 300);
        progress.notice("settings from /home/me/scriptcast.yaml");
        progress.notice("video size 641x361 rounded to 642x362 (H.264 in yuv420p needs even sides)");
        progress.frames(10, 10);
        progress.notice("ffmpeg: [libx264 @ 0x5581] x264 [error]: malloc of size 123 failed");
        progress.notice("libx265: could not open; using libx264");

        assertThat(text.toString().lines()).containsExactly(
                "scriptcast: video size 641x361 rounded to 642x362 (H.264 in yuv420p needs even sides)",
                "scriptcast: libx265: could not open; using libx264");
    }
}
