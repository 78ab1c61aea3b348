package dev.scriptcast.script;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.base.InputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScriptLimitsTest {
    private static final Path FILE = Path.of("talk.txt");
    private static final ScriptLimits DEFAULTS = new ScriptLimits(60_000, 2000, 3600, 1.0);

    private static Script parse(String text) {
        return new ScriptParser(600).parse(FILE, text);
    }

    @Test
    void aHugePauseIsRefusedNamingItsLineAndKey() {
        assertThatThrownBy(() -> DEFAULTS.check(parse("Hello.\n\nStill here. [pause 999999s] Bye.\n")))
                .isInstanceOf(InputException.class)
                .hasMessage("talk.txt:3: a pause of 999999 s is longer than limits.max_pause_ms (60000 ms)");
    }

    @Test
    void tooManyParagraphsAreRefusedAtTheFirstOneOverTheLimit() {
        String script = "Word.\n\n".repeat(10_000);
        assertThatThrownBy(() -> DEFAULTS.check(parse(script)))
                .hasMessage("talk.txt:4001: more than 2000 paragraphs, the limit set by limits.max_paragraphs");
    }

    @Test
    void aNarrationEstimatedOverTheDurationLimitIsRefused() {
        String minuteOfWords = "word ".repeat(150) + "\n\n";
        ScriptLimits fiveMinutes = new ScriptLimits(60_000, 2000, 300, 1.0);
        assertThatCode(() -> fiveMinutes.check(parse(minuteOfWords.repeat(4)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> fiveMinutes.check(parse(minuteOfWords.repeat(6))))
                .hasMessage("talk.txt:9: the narration would last over 300 s by this line, the limit set by limits.max_duration_s");
    }

    @Test
    void aFasterRateFitsMoreWordsInTheSameDuration() {
        String script = ("word ".repeat(150) + "\n\n").repeat(6);
        assertThatCode(() -> new ScriptLimits(60_000, 2000, 300, 2.0).check(parse(script))).doesNotThrowAnyException();
    }

    @Test
    void pausesCountTowardsTheDuration() {
        String script = "Hello. [pause 50s] [pause 50s] Bye.\n";
        assertThatThrownBy(() -> new ScriptLimits(60_000, 2000, 90, 1.0).check(parse(script)))
                .hasMessageContaining("talk.txt:1: ").hasMessageContaining("limits.max_duration_s");
    }
}
