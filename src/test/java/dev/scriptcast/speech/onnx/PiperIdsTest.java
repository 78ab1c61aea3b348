package dev.scriptcast.speech.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phonemes become a Piper voice's ids as its config says: "^", each phoneme then the pad "_", then "$". */
class PiperIdsTest {
    private static final PiperConfig CONFIG = PiperConfig.read(Path.of("src/test/resources/voices/en_US-test-medium.onnx.json"));

    private static long id(String symbol) {
        return CONFIG.phonemeIds().get(symbol)[0];
    }

    @Test
    void eachPhonemeIsFollowedByThePadBetweenBeginningAndEnd() {
        PhonemeClause clause = new PhonemeClause(List.of("Hi"), List.of(List.of("h", "ˈ", "a", "ɪ")), ".");
        Utterance u = Utterance.of(List.of(clause), SymbolIds.piper(CONFIG.phonemeIds()));
        long pad = id("_");
        assertThat(u.ids()).containsExactly(id("^"), id("h"), pad, id("ˈ"), pad, id("a"), pad, id("ɪ"), pad,
                id("."), pad, id("$"));
        assertThat(u.skipped()).isZero();
    }

    @Test
    void aPhonemeMissingFromTheMapIsLeftOutAndCounted() {
        // The fixture, like an English voice, has no "ɬ" (the Welsh "ll").
        PhonemeClause clause = new PhonemeClause(List.of("Llan"), List.of(List.of("ɬ", "a", "n")), null);
        Utterance u = Utterance.of(List.of(clause), SymbolIds.piper(CONFIG.phonemeIds()));
        assertThat(u.ids()).containsExactly(id("^"), id("a"), id("_"), id("n"), id("_"), id("$"));
        assertThat(u.skipped()).isEqualTo(1);
    }

    @Test
    void espeakPhonemesOfEnglishAllHaveIdsAndWordsAreSeparatedBySpaces() throws Exception {
        List<PhonemeClause> clauses = PhonemeClause.of("Hello world, this is a test.", CONFIG.espeakVoice(), false);
        Utterance u = Utterance.of(clauses, SymbolIds.piper(CONFIG.phonemeIds()));
        assertThat(u.skipped()).isZero();
        assertThat(u.symbols()).extracting(Utterance.Symbol::text).contains(" ", ",", "ˈ", "ə");
        assertThat(u.groups().stream().flatMap(List::stream).toList())
                .containsExactly("Hello", "world,", "this", "is", "a", "test.");
    }

    @Test
    void textPhonemesAreTheTextsOwnLetters() throws Exception {
        Utterance u = Utterance.of(PhonemeClause.of("Ab c", null, true), SymbolIds.piper(CONFIG.phonemeIds()));
        assertThat(u.ids()).containsExactly(id("^"), id("a"), id("_"), id("b"), id("_"), id(" "), id("_"), id("c"),
                id("_"), id("$"));
    }
}
