package dev.scriptcast.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentencesTest {
    @TempDir
    Path dir;

    private static List<String> split(String text) {
        return Sentences.split(text);
    }

    @Test
    void splitsAfterFullStopsQuestionMarksAndExclamationMarks() {
        assertThat(split("It works. Does it really? Yes! We shipped it."))
                .containsExactly("It works.", "Does it really?", "Yes!", "We shipped it.");
    }

    @Test
    void runsOfEndMarksStayWithTheirSentence() {
        assertThat(split("Really?! I had no idea... Let's go…  Now!!"))
                .containsExactly("Really?!", "I had no idea...", "Let's go…", "Now!!");
    }

    @Test
    void titlesAndCommonAbbreviationsDoNotEndSentences() {
        assertThat(split("Mr. Smith met Dr. Jones and Prof. Lee at St. Mary's, e.g. the chapel, i.e. the old one. "
                + "They talked until 9 p.m. on Monday vs. Tuesday, cf. Fig. 3 and approx. 20 people from Acme Inc. "
                + "and Foo Ltd. in the U.S. and the U.K. were there."))
                .containsExactly("Mr. Smith met Dr. Jones and Prof. Lee at St. Mary's, e.g. the chapel, i.e. the old one.",
                        "They talked until 9 p.m. on Monday vs. Tuesday, cf. Fig. 3 and approx. 20 people from Acme Inc. "
                                + "and Foo Ltd. in the U.S. and the U.K. were there.");
    }

    @Test
    void monthAbbreviationsAndNumberSignsKeepTheirNumber() {
        assertThat(split("It shipped on Jan. 5 and again on Sept. 30. No. 7 sold out first."))
                .containsExactly("It shipped on Jan. 5 and again on Sept. 30.", "No. 7 sold out first.");
    }

    @Test
    void noAsAnAnswerEndsASentence() {
        assertThat(split("Did it work? The answer was No. Then we tried again."))
                .containsExactly("Did it work?", "The answer was No.", "Then we tried again.");
    }

    @Test
    void etcEndsASentenceOnlyBeforeACapitalisedWord() {
        assertThat(split("Bring pens, paper, etc. We start at nine. Pens, paper, etc. are provided."))
                .containsExactly("Bring pens, paper, etc.", "We start at nine.", "Pens, paper, etc. are provided.");
    }

    @Test
    void initialsDoNotEndSentencesButTheWordIDoes() {
        assertThat(split("J. R. R. Tolkien wrote it. I. M. Pei built it. She was faster than I. Then she left."))
                .containsExactly("J. R. R. Tolkien wrote it.", "I. M. Pei built it.", "She was faster than I.",
                        "Then she left.");
    }

    @Test
    void decimalsAndVersionNumbersStayWhole() {
        assertThat(split("Pi is about 3.14. Version v2.1.3 fixed it, and 0.5 percent of users noticed."))
                .containsExactly("Pi is about 3.14.", "Version v2.1.3 fixed it, and 0.5 percent of users noticed.");
    }

    @Test
    void webAndMailAddressesStayWholeAndMayEndASentence() {
        assertThat(split("Read scriptcast.dev/docs?a=1. Then write to help@scriptcast.dev. "
                + "Visit https://www.example.org/a.b?x=1&y=2 now."))
                .containsExactly("Read scriptcast.dev/docs?a=1.", "Then write to help@scriptcast.dev.",
                        "Visit https://www.example.org/a.b?x=1&y=2 now.");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheSentenceTheyClose() {
        assertThat(split("\"Wait!\" he said. \"Why?\" She smiled (as always.) Then she said “Fine.” ‘Good.’"))
                .containsExactly("\"Wait!\" he said.", "\"Why?\"", "She smiled (as always.)", "Then she said “Fine.”",
                        "‘Good.’");
    }

    @Test
    void anEllipsisBeforeALowerCaseWordDoesNotEndTheSentence() {
        assertThat(split("I thought… maybe not. And then... nothing at all."))
                .containsExactly("I thought… maybe not.", "And then... nothing at all.");
    }

    @Test
    void aLowerCaseWordAfterAFullStopContinuesTheSentence() {
        assertThat(split("The file is called notes. txt files open anywhere.")).hasSize(1);
    }

    @Test
    void fullWidthEndMarksEndSentencesWithoutSpaces() {
        assertThat(split("今日は晴れです。明日は雨でしょう！本当？")).containsExactly("今日は晴れです。", "明日は雨でしょう！", "本当？");
        assertThat(split("他说：“你好。”我们走吧。")).containsExactly("他说：“你好。”", "我们走吧。");
        assertThat(split("「こんにちは。」と言った。")).containsExactly("「こんにちは。」", "と言った。");
    }

    @Test
    void lettersOfScriptsWithoutCaseStartSentences() {
        assertThat(split("Hello. 你好。 שלום. מה שלומך?")).containsExactly("Hello.", "你好。", "שלום.", "מה שלומך?");
    }

    @Test
    void longSentencesAreCutAfterAClauseMarkBelowTheLimit() {
        String clause = "and then the presenter walked over to the next slide while the audience listened";
        String runOn = String.join(", ", Collections.nCopies(40, clause)) + ".";
        List<String> pieces = split(runOn);
        assertThat(pieces).hasSizeGreaterThan(5).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(500));
        assertThat(pieces.subList(0, pieces.size() - 1)).allSatisfy(p -> assertThat(p).endsWith(","));
        assertThat(String.join(" ", pieces)).isEqualTo(runOn);
    }

    @Test
    void longSentencesWithoutClauseMarksAreCutBetweenWords() {
        String runOn = "word ".repeat(150) + "extraordinarily " + "word ".repeat(100);
        List<String> pieces = split(runOn);
        assertThat(pieces).hasSize(3).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(500);
            assertThat(p.split(" ")).isSubsetOf("word", "extraordinarily");
        });
        assertThat(String.join(" ", pieces)).isEqualTo(runOn.strip());
    }

    @Test
    void aSingleWordLongerThanTheLimitIsNeverCut() {
        String url = "https://example.org/" + "a".repeat(700);
        assertThat(split("See " + url + " for details.")).containsExactly("See", url, "for details.");
        assertThat(split(url)).containsExactly(url);
    }

    @Test
    void blankTextHasNoSentencesAndOneWordIsOne() {
        assertThat(split("")).isEmpty();
        assertThat(split("  \n ")).isEmpty();
        assertThat(split("Hello")).containsExactly("Hello");
        assertThat(split("Hello.")).containsExactly("Hello.");
    }

    @Test
    void endMarksWithoutWordsStayWithTheSentenceBeforeThem() {
        assertThat(split("It ended. \"...\"")).containsExactly("It ended. \"...\"");
        assertThat(split("... Then it began.")).containsExactly("... Then it began.");
    }

    @Test
    void sentencesCarryTheLineOfTheirParagraph() {
        assertThat(new Block.Paragraph("One. Two.", 7).sentences())
                .containsExactly(new Sentence("One.", 7), new Sentence("Two.", 7));
    }

    @Test
    void aSentenceNeverSpansAPauseDirective() throws IOException {
        Path file = dir.resolve("s.md");
        Files.writeString(file, "Hello there [pause 1s] and welcome.\n");
        Script script = new ScriptParser(500).parse(file);
        assertThat(script.blocks()).hasSize(3).element(1).isEqualTo(new Block.Pause(1000, 1));
        List<List<Sentence>> sentences = script.paragraphs().stream().map(Block.Paragraph::sentences).toList();
        assertThat(sentences).containsExactly(List.of(new Sentence("Hello there", 1)),
                List.of(new Sentence("and welcome.", 1)));
    }

    @Test
    void sentencesJoinBackToTheParagraphAndSplitToThemselves() {
        Random random = new Random(20240611);
        for (int n = 0; n < 3000; n++) {
            String text = randomParagraph(random);
            List<String> sentences = split(text);
            String normalised = text.strip().replaceAll("\\s+", " ");
            assertThat(withoutSpaceAfterFullWidthEnds(String.join(" ", sentences)))
                    .as(text).isEqualTo(withoutSpaceAfterFullWidthEnds(normalised));
            if (!normalised.matches(".*[。！？].*")) {
                assertThat(String.join(" ", sentences)).as(text).isEqualTo(normalised);
            }
            for (String sentence : sentences) {
                assertThat(sentence).as(text).isEqualTo(sentence.strip()).isNotEmpty();
                assertThat(split(sentence)).as(text).containsExactly(sentence);
                assertThat(sentence.length()).as(sentence).isLessThanOrEqualTo(Sentences.MAX_CHARS);
                if (sentences.size() > 1) {
                    assertThat(sentence.codePoints().anyMatch(Character::isLetterOrDigit)).as(text).isTrue();
                }
            }
        }
    }

    private static final String[] FRAGMENTS = {"the", "presenter", "Alice", "said", "it", "works.", "Why?", "No!",
        "Really?!", "well...", "So…", "Mr.", "Dr.", "e.g.", "i.e.", "etc.", "U.S.", "p.m.", "Inc.", "No.", "Jan.",
        "J.", "I.", "3.14", "v2.1.3.", "42.", "$5", "scriptcast.dev/docs?a=1.", "help@scriptcast.dev.",
        "https://example.org/a.b?x=1", "\"Stop.\"", "(aside.)", "“Yes!”", "'quoted'", "¿Qué?", "今日は晴れです。",
        "本当？", "「はい。」", "שלום.", "مرحبا.", ",", ";", ":", "—", ".", "…", "?", "\"", "(", ")"};
    private static final String[] GAPS = {" ", " ", " ", "  ", "\n", "\t", " \n  "};

    private static String randomParagraph(Random random) {
        StringBuilder out = new StringBuilder(random.nextBoolean() ? "" : " ");
        int words = random.nextInt(10) == 0 ? 100 + random.nextInt(300) : random.nextInt(30);
        for (int i = 0; i < words; i++) {
            out.append(random.nextInt(4) == 0 ? capitalised(pick(random, FRAGMENTS)) : pick(random, FRAGMENTS));
            out.append(pick(random, GAPS));
        }
        return out.toString();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** A break after 。！？ may add a space that the paragraph did not have. */
    private static String withoutSpaceAfterFullWidthEnds(String text) {
        return text.replaceAll("([。！？][.!?…。！？]*[\"'”’»›)\\]}」』）】〉》]*) ", "$1");
    }
}
