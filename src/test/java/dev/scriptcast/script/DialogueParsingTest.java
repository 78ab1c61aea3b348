package dev.scriptcast.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogueParsingTest {
    private static final Path FILE = Path.of("dialogue.md");

    private static List<Block.Paragraph> paragraphs(String text, String... speakers) {
        return new ScriptParser(600, List.of(speakers)).parse(FILE, text).paragraphs();
    }

    private static List<String> spoken(List<Block.Paragraph> paragraphs) {
        return paragraphs.stream().map(p -> p.speaker() + "|" + p.text()).toList();
    }

    @Test
    void declaredNamePrefixStartsThatSpeakersTurnAndIsNotSpoken() {
        List<Block.Paragraph> p = paragraphs("ana: Hello there.\n\nben: Hi, Ana.\n", "ana", "ben");
        assertThat(spoken(p)).containsExactly("ana|Hello there.", "ben|Hi, Ana.");
    }

    @Test
    void prefixMatchesInAnyCaseAndTheSpeakerIsNamedAsDeclared() {
        List<Block.Paragraph> p = paragraphs("ANA: Loud.\n\n**Ben:** Bold.\n", "ana", "Ben");
        assertThat(spoken(p)).containsExactly("ana|Loud.", "Ben|Bold.");
    }

    @Test
    void undeclaredNameIsOrdinaryText() {
        List<Block.Paragraph> p = paragraphs("ana: First.\n\nNote: this is still Ana.\n", "ana");
        assertThat(spoken(p)).containsExactly("ana|First.", "ana|Note: this is still Ana.");
    }

    @Test
    void withoutDeclaredSpeakersEveryPrefixIsText() {
        Script plain = new ScriptParser(600).parse(FILE, "ana: Hello.\n");
        Script declaredNone = new ScriptParser(600, List.of()).parse(FILE, "ana: Hello.\n");
        assertThat(spoken(plain.paragraphs())).containsExactly("null|ana: Hello.");
        assertThat(declaredNone).isEqualTo(plain);
    }

    @Test
    void paragraphWithoutPrefixContinuesThePreviousSpeakerAndTextBeforeAnyTurnIsTheNarrators() {
        List<Block.Paragraph> p = paragraphs("Welcome.\n\nana: One.\n\nTwo.\n\n[pause 1s]\n\nThree.\n\nben: Four.\n",
                "ana", "ben");
        assertThat(spoken(p)).containsExactly("null|Welcome.", "ana|One.", "ana|Two.", "ana|Three.", "ben|Four.");
    }

    @Test
    void turnsOnConsecutiveLinesAreSeparateParagraphsWithTheParagraphPause() {
        Script script = new ScriptParser(600, List.of("ana", "ben")).parse(FILE,
                "ana: Hello there,\nhow are you?\nben: Fine.\n");
        assertThat(script.blocks()).containsExactly(
                new Block.Paragraph("Hello there, how are you?", 1, "ana"),
                new Block.Pause(600, 3),
                new Block.Paragraph("Fine.", 3, "ben"));
    }

    @Test
    void namePrefixAloneOnItsLineGivesTheFollowingLinesToThatSpeaker() {
        List<Block.Paragraph> p = paragraphs("ben:\nI speak on the next line.\n", "ben");
        assertThat(spoken(p)).containsExactly("ben|I speak on the next line.");
    }

    @Test
    void colonWithoutSpaceAfterItOrInsideALineIsNoTurn() {
        List<Block.Paragraph> p = paragraphs("ana:x is not a turn. And ben: neither is this.\n", "ana", "ben");
        assertThat(spoken(p)).containsExactly("null|ana:x is not a turn. And ben: neither is this.");
    }

    @Test
    void sentencesCarryTheirParagraphsSpeaker() {
        List<Block.Paragraph> p = paragraphs("ana: One. Two.\n", "ana");
        assertThat(p.getFirst().sentences()).containsExactly(new Sentence("One.", 1, "ana"),
                new Sentence("Two.", 1, "ana"));
    }

    @Test
    void pauseDirectiveAfterAPrefixKeepsTheSpeaker() {
        Script script = new ScriptParser(0, List.of("ana")).parse(FILE, "ana: [pause 500ms] Late start.\n");
        assertThat(script.blocks()).containsExactly(new Block.Pause(500, 1),
                new Block.Paragraph("Late start.", 1, "ana"));
    }
}
