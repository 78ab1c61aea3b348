package dev.scriptcast.config;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.scriptcast.base.InputException;
import dev.scriptcast.script.Script;
import dev.scriptcast.script.ScriptParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes as a config file, and any text as script front matter, load or fail with an {@link InputException}
 * of one line; anything else thrown, a hang or running out of memory is a finding. {@code mvn test} replays the
 * seeds in ConfigLoaderFuzzTestInputs; bench/fuzz.sh fuzzes.
 */
class ConfigLoaderFuzzTest {
    private static final Path CONFIG = createTempConfig();

    @FuzzTest(maxDuration = "10s")
    void anyConfigFileLoadsOrFailsWithOneLine(FuzzedDataProvider data) throws IOException {
        Files.write(CONFIG, data.consumeRemainingAsBytes());
        try {
            ConfigLoader.apply(CONFIG, new ConfigValues());
        } catch (InputException expected) {
            requireOneShortLine(expected);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void anyFrontMatterLoadsOrFailsWithOneLine(FuzzedDataProvider data) {
        String yaml = data.consumeRemainingAsString();
        Path script = Path.of("fuzz.md");
        try {
            Script parsed = new ScriptParser(600).parse(script, "---\n" + yaml + "\n---\nHello there.\n");
            ConfigLoader.applyFrontMatter(script, parsed.frontMatter(), parsed.frontMatterLines(), new ConfigValues());
        } catch (InputException expected) {
            requireOneShortLine(expected);
        }
    }

    private static void requireOneShortLine(InputException e) {
        if (e.getMessage().contains("\n") || e.getMessage().length() > 1000) {
            throw new AssertionError("error is not one short line: " + e.getMessage().length() + " chars");
        }
    }

    private static Path createTempConfig() {
        try {
            Path file = Files.createTempFile("fuzz-config", ".yaml");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
