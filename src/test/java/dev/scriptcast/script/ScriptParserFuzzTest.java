package dev.scriptcast.script;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.scriptcast.base.InputException;
import java.nio.file.Path;

/**
 * Any bytes given as a script either parse or fail with an {@link InputException}; anything else thrown, a hang
 * or running out of memory is a finding. {@code mvn test} replays the seeds in ScriptParserFuzzTestInputs;
 * bench/fuzz.sh fuzzes.
 */
class ScriptParserFuzzTest {
    private static final Path FILE = Path.of("fuzz.md");

    @FuzzTest(maxDuration = "10s")
    void anyBytesParseOrFailWithOneLine(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            Script script = new ScriptParser(600).parse(FILE, ScriptParser.decode(FILE, bytes));
            if (script.blocks().isEmpty()) {
                throw new AssertionError("a parsed script has no blocks");
            }
        } catch (InputException expected) {
            if (expected.getMessage().contains("\n")) {
                throw new AssertionError("error message spans lines: " + expected.getMessage());
            }
        }
    }
}
