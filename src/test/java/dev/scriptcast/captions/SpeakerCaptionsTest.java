package dev.scriptcast.captions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerCaptionsTest {
    @TempDir
    Path dir;

    /** Ana says "Hello there friend", Ben answers at once "Hi Ana" (no pause between the turns). */
    private static Timeline<Word> dialogue() {
        List<Timed<Word>> words = new ArrayList<>();
        long t = 0;
        for (String w : "Hello there friend.".split(" ")) {
            words.add(new Timed<>(t, t + 400, new Word(w, 1, "Ana")));
            t += 400;
        }
        for (String w : "Hi Ana.".split(" ")) {
            words.add(new Timed<>(t, t + 400, new Word(w, 2, "Ben")));
            t += 400;
        }
        return new Timeline<>(words);
    }

    @Test
    void aCueNeverHoldsTwoSpeakersAndNeverOverlapsTheNext() {
        List<Cue> cues = CaptionWriter.cues(dialogue());
        assertThat(cues).extracting(Cue::speaker, c -> String.join(" ", c.lines()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana", "Hello there friend."),
                        org.assertj.core.groups.Tuple.tuple("Ben", "Hi Ana."));
        assertThat(cues.get(0).endMs()).isLessThanOrEqualTo(cues.get(1).startMs());
    }

    @Test
    void srtStartsEachCueWithTheNameAndVttUsesVoiceSpans() throws Exception {
        Path srt = dir.resolve("t.srt");
        Path vtt = dir.resolve("t.vtt");
        CaptionWriter.write(dialogue(), srt, vtt, true);

        assertThat(Files.readString(srt)).isEqualTo("""
                1
                00:00:00,000 --> 00:00:01,200
                Ana: Hello there friend.

                2
                00:00:01,200 --> 00:00:02,200
                Ben: Hi Ana.

                """);
        assertThat(Files.readString(vtt)).isEqualTo("""
                WEBVTT

                00:00:00.000 --> 00:00:01.200
                <v Ana>Hello there friend.

                00:00:01.200 --> 00:00:02.200
                <v Ben>Hi Ana.

                """);
    }

    @Test
    void namesAreLeftOutWhenTheSettingIsOffOrTheNarratorSpeaks() throws Exception {
        Path srt = dir.resolve("t.srt");
        Path vtt = dir.resolve("t.vtt");
        CaptionWriter.write(dialogue(), srt, vtt, false);
        assertThat(Files.readString(srt)).doesNotContain("Ana:").doesNotContain("Ben:");
        assertThat(Files.readString(vtt)).doesNotContain("<v");

        Timeline<Word> narrator = new Timeline<>(List.of(new Timed<>(0, 500, new Word("Welcome.", 1))));
        CaptionWriter.write(narrator, srt, vtt, true);
        assertThat(Files.readString(srt)).contains("\nWelcome.\n");
        assertThat(Files.readString(vtt)).doesNotContain("<v");
    }
}
