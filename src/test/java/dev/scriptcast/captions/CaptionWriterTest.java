package dev.scriptcast.captions;

import dev.scriptcast.base.ThreadBudget;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.script.Block;
import dev.scriptcast.script.Script;
import dev.scriptcast.speech.EspeakEngine;
import dev.scriptcast.speech.Narration;
import dev.scriptcast.speech.Narrator;
import dev.scriptcast.speech.VoiceSettings;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptionWriterTest {
    private static final String FIRST = "Captions help everyone follow along, especially in a noisy room or on a "
            + "silent phone. They must be short enough to read at a glance; long lines tire the eye, and cues that "
            + "flash by are missed. Good breaks follow the grammar.";
    private static final String SECOND = "A pause starts a new caption. Yes.";
    private static Timeline<Word> words;

    @TempDir
    static Path dir;

    /** What a standard SRT/VTT reader sees: cue times and text lines. */
    record ParsedCue(long startMs, long endMs, List<String> lines) {}

    @BeforeAll
    static void speak() throws Exception {
        Script script = new Script(Path.of("captions.txt"), Map.of(), List.of(new Block.Paragraph(FIRST, 1),
                new Block.Pause(2000, 2), new Block.Paragraph(SECOND, 3)));
        Narration narration = new Narrator(new EspeakEngine(), new VoiceSettings("espeak", "en-us", 1, 1, 1),
                ThreadBudget.of(1))
                .narrate(script, done -> { });
        words = narration.words();
    }

    @Test
    void srtAndVttParseBackToTheSameCuesMatchingWordTimes() throws Exception {
        Path srt = dir.resolve("talk.srt");
        Path vtt = dir.resolve("talk.vtt");
        CaptionWriter.write(words, srt, vtt);

        List<ParsedCue> fromSrt = parse(Files.readString(srt), ',');
        String vttText = Files.readString(vtt);
        assertThat(vttText).startsWith("WEBVTT\n\n");
        assertThat(parse(vttText.substring("WEBVTT\n\n".length()), '.')).isEqualTo(fromSrt);

        int next = 0;
        for (ParsedCue cue : fromSrt) {
            int count = String.join(" ", cue.lines()).split(" ").length;
            Timed<Word> first = words.get(next);
            Timed<Word> last = words.get(next + count - 1);
            assertThat(String.join(" ", cue.lines()))
                    .isEqualTo(String.join(" ", words.items().subList(next, next + count).stream()
                            .map(w -> w.value().text()).toList()));
            assertThat(Math.abs(cue.startMs() - first.startMs())).isLessThanOrEqualTo(100);
            assertThat(cue.endMs()).isGreaterThanOrEqualTo(last.endMs() - 100);
            next += count;
        }
        assertThat(next).isEqualTo(words.size());
    }

    @Test
    void cuesRespectLineLengthLineCountAndDuration() {
        List<Cue> cues = CaptionWriter.cues(words);

        assertThat(cues).hasSizeGreaterThan(3).allSatisfy(cue -> {
            assertThat(cue.lines()).hasSizeBetween(1, 2).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(42));
            assertThat(cue.durationMs()).isBetween(1000L, 7000L);
        });
        for (int i = 1; i < cues.size(); i++) {
            assertThat(cues.get(i).startMs()).isGreaterThanOrEqualTo(cues.get(i - 1).endMs());
        }
    }

    @Test
    void cuesBreakAtSentenceAndClauseEndsAndAtPauses() {
        List<Cue> cues = CaptionWriter.cues(words);

        List<String> endings = cues.stream().map(c -> c.lines().getLast()).toList();
        assertThat(endings).allMatch(line -> line.matches(".*[.,;:!?]$"));
        assertThat(endings).anyMatch(line -> line.endsWith("room or on a silent phone.")
                || line.endsWith("silent phone."));
        assertThat(cues).anyMatch(c -> String.join(" ", c.lines()).startsWith("A pause"));
    }

    @Test
    void linesAreBalanced() {
        assertThat(CaptionWriter.lines("one two three four five six seven eight nine ten eleven"))
                .containsExactly("one two three four five six", "seven eight nine ten eleven");
        assertThat(CaptionWriter.lines("x".repeat(43) + " " + "y".repeat(43))).isNull();
    }

    private static List<ParsedCue> parse(String text, char millisSeparator) {
        Pattern timing = Pattern.compile("(\\d\\d):(\\d\\d):(\\d\\d)" + Pattern.quote(String.valueOf(millisSeparator))
                + "(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d)" + Pattern.quote(String.valueOf(millisSeparator)) + "(\\d{3})");
        List<ParsedCue> cues = new ArrayList<>();
        for (String block : text.strip().split("\n\n")) {
            List<String> rows = new ArrayList<>(List.of(block.split("\n")));
            if (!timing.matcher(rows.getFirst()).matches()) {
                rows.removeFirst();
            }
            Matcher m = timing.matcher(rows.removeFirst());
            assertThat(m.matches()).isTrue();
            cues.add(new ParsedCue(ms(m, 1), ms(m, 5), rows));
        }
        return cues;
    }

    private static long ms(Matcher m, int group) {
        return Long.parseLong(m.group(group)) * 3_600_000 + Long.parseLong(m.group(group + 1)) * 60_000
                + Long.parseLong(m.group(group + 2)) * 1000 + Long.parseLong(m.group(group + 3));
    }
}
