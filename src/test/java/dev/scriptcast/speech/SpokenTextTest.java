package dev.scriptcast.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpokenTextTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    /** Engine words 100 ms apart, one per whitespace token of the spoken text. */
    private static Timeline<Word> engineWords(String spoken) {
        List<Timed<Word>> words = new ArrayList<>();
        long t = 0;
        for (String token : spoken.split(" ")) {
            words.add(new Timed<>(t, t + 90, new Word(token, 1)));
            t += 100;
        }
        return new Timeline<>(words);
    }

    @Test
    void writtenWordsKeepTheScriptSpellingAndPunctuation() {
        SpokenText text = normalizer.normalize("It costs $5 million — really, Dr. Who?");

        assertThat(text.writtenWords()).containsExactly("It", "costs", "$5 million —", "really,", "Dr.", "Who?");
    }

    @Test
    void expandedWordTakesTheSpanOfAllItsSpokenWords() {
        SpokenText text = normalizer.normalize("Pay $21 now");
        assertThat(text.spoken()).isEqualTo("Pay twenty-one dollars now");

        Timeline<Word> written = text.toWritten(engineWords(text.spoken()), 7);

        assertThat(written.items()).extracting(t -> t.value().text()).containsExactly("Pay", "$21", "now");
        assertThat(written.get(1).startMs()).isEqualTo(100);
        assertThat(written.get(1).endMs()).isEqualTo(290);
        assertThat(written.get(2).startMs()).isEqualTo(300);
        assertThat(written.get(0).value().scriptLine()).isEqualTo(7);
    }

    @Test
    void enginesThatSplitOrDropTokensStillAlign() {
        SpokenText text = normalizer.normalize("We have 21 cats.");
        Timeline<Word> engine = new Timeline<>(List.of(
                new Timed<>(0, 100, new Word("We", 1)),
                new Timed<>(100, 200, new Word("have", 1)),
                new Timed<>(200, 300, new Word("twenty", 1)),
                new Timed<>(300, 400, new Word("one", 1)),
                new Timed<>(400, 400, new Word(".", 1)),
                new Timed<>(400, 500, new Word("cats", 1))));

        Timeline<Word> written = text.toWritten(engine, 1);

        assertThat(written.items()).extracting(Timed::startMs).containsExactly(0L, 100L, 200L, 400L);
        assertThat(written.items()).extracting(Timed::endMs).containsExactly(100L, 200L, 400L, 500L);
    }

    @Test
    void wordTheEngineSkippedGetsAnInstantAfterThePreviousWord() {
        SpokenText text = normalizer.normalize("one two three");
        Timeline<Word> engine = new Timeline<>(List.of(
                new Timed<>(0, 100, new Word("one", 1)),
                new Timed<>(300, 400, new Word("three", 1))));

        Timeline<Word> written = text.toWritten(engine, 1);

        assertThat(written.get(1).startMs()).isEqualTo(100);
        assertThat(written.get(1).endMs()).isEqualTo(100);
        assertThat(written.get(2).startMs()).isEqualTo(300);
    }

    @Test
    void addressesAreSpokenByTheirPartsAndStayOneWrittenWord() {
        SpokenText text = normalizer.normalize("Visit https://example.org/a/b-c today. Mail jo.smith@example.com now.");

        assertThat(text.spoken()).isEqualTo("Visit example dot org slash a slash b dash c today. "
                + "Mail jo dot smith at example dot com now.");
        assertThat(text.writtenWords()).containsExactly("Visit", "https://example.org/a/b-c", "today.", "Mail",
                "jo.smith@example.com", "now.");
        Timeline<Word> written = text.toWritten(engineWords(text.spoken()), 1);
        assertThat(written.get(1).startMs()).isEqualTo(100);
        assertThat(written.get(1).endMs()).isEqualTo(990);
        assertThat(written.get(2).startMs()).isEqualTo(1000);
    }

    @Test
    void anAddressAtASentenceEndKeepsTheFullStopOutsideIt() {
        SpokenText text = normalizer.normalize("See www.example.org.");

        assertThat(text.spoken()).isEqualTo("See example dot org.");
        assertThat(text.writtenWords()).containsExactly("See", "www.example.org.");
    }
}
