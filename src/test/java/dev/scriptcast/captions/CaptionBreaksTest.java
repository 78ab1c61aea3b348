package dev.scriptcast.captions;

import dev.scriptcast.base.ThreadBudget;
import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.script.Block;
import dev.scriptcast.script.Script;
import dev.scriptcast.speech.MaryEngine;
import dev.scriptcast.speech.Narrator;
import dev.scriptcast.speech.VoiceSettings;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where cues and lines break, on word timelines spoken at an even pace. */
class CaptionBreaksTest {
    /** Each word 300 ms, with 100 ms between words; {@code longMs} overrides the length of chosen words. */
    private static Timeline<Word> spoken(String text, Map<String, Long> longMs) {
        List<Timed<Word>> words = new ArrayList<>();
        long t = 0;
        for (String w : text.split(" ")) {
            long length = longMs.getOrDefault(w, 300L);
            words.add(new Timed<>(t, t + length, new Word(w, 1)));
            t += length + 100;
        }
        return new Timeline<>(words);
    }

    private static List<String> cueTexts(List<Cue> cues) {
        return cues.stream().map(c -> String.join(" ", c.lines())).toList();
    }

    @Test
    void aUrlSpokenLongerThanOneCueIsSplitAtItsSlashesAcrossCues() {
        String url = "https://example.org/a/b/c/d";
        List<Cue> cues = CaptionWriter.cues(spoken("Visit " + url + " today.", Map.of(url, 8500L)));

        assertThat(String.join("", cueTexts(cues)).replace(" ", "")).isEqualTo("Visit" + url + "today.");
        assertThat(cues).allSatisfy(c -> assertThat(c.durationMs()).isLessThanOrEqualTo(CaptionWriter.MAX_CUE_MS));
        assertThat(cueTexts(cues).getFirst()).matches("Visit https://.*[/.]");
    }

    @Test
    void tokensWiderThanALineAreSplitIntoLinesThatFit() {
        String path = "https://example.org/" + "very-long-path-segment/".repeat(5) + "end";
        String mail = "someone.with.a.really.long.name@subdomain.example-company.org";
        String word = "Pneumonoultramicroscopicsilicovolcanoconiosis-like-structures";
        List<Cue> cues = CaptionWriter.cues(spoken("See " + path + " or write " + mail + " about " + word + ".",
                Map.of()));

        assertThat(cues).allSatisfy(c -> assertThat(c.lines()).hasSizeBetween(1, 2)
                .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(CaptionWriter.MAX_LINE)));
        assertThat(String.join("", cueTexts(cues)).replace(" ", ""))
                .isEqualTo(("See " + path + " or write " + mail + " about " + word + ".").replace(" ", ""));
    }

    @Test
    void theScriptWithAUrlGivesCaptionsWithMaryTts() throws Exception {
        Script script = new Script(Path.of("url.txt"), Map.of(), List.of(
                new Block.Paragraph("Visit https://example.org/a/b/c/d today. Mail jo.smith@example.com now.", 1)));
        Timeline<Word> words = new Narrator(new MaryEngine(), VoiceSettings.defaults(), ThreadBudget.of(1))
                .narrate(script, done -> { }).words();

        List<Cue> cues = CaptionWriter.cues(words);

        assertThat(String.join(" ", cueTexts(cues)).replace(" ", ""))
                .isEqualTo("Visithttps://example.org/a/b/c/dtoday.Mailjo.smith@example.comnow.");
        assertThat(cues).allSatisfy(c -> assertThat(c.durationMs()).isBetween(1L, CaptionWriter.MAX_CUE_MS));
    }

    @Test
    void abbreviationsDoNotEndCues() {
        List<Cue> cues = CaptionWriter.cues(spoken(
                "Pick a fruit, e.g. apples vs. pears or plums. Then eat it slowly and enjoy.", Map.of()));

        assertThat(cueTexts(cues)).noneMatch(t -> t.endsWith("e.g.") || t.endsWith("vs."));
        assertThat(cueTexts(cues).getFirst()).isEqualTo("Pick a fruit, e.g. apples vs. pears or plums.");
    }

    @Test
    void cuesDoNotEndOnAFunctionWordOrLeaveAOneWordTail() {
        List<Cue> cues = CaptionWriter.cues(spoken(
                "We did say that all of us in our old team had to do any of the work.", Map.of()));

        assertThat(cueTexts(cues)).noneMatch(t -> t.matches("(?i).*\\b(the|a|of|to|and)$"));
        assertThat(cueTexts(cues)).noneMatch(t -> t.equals("work."));
    }

    @Test
    void linesDoNotEndOnAFunctionWord() {
        List<String> lines = CaptionWriter.lines("We measured the speed of the render on a small laptop");

        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).doesNotMatch("(?i).*\\b(the|a|of|on)$");
    }
}
