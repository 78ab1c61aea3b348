package dev.scriptcast.speech;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.scriptcast.base.InputException;

/**
 * The normaliser takes any text without throwing (an {@link InputException} is allowed), hanging or running out
 * of memory. {@code mvn test} replays the seeds in TextNormalizerFuzzTestInputs; bench/fuzz.sh fuzzes.
 */
class TextNormalizerFuzzTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    @FuzzTest(maxDuration = "10s")
    void anyTextNormalizes(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            NORMALIZER.normalize(text);
        } catch (InputException allowed) {
            // bad input reported with one line is not a finding
        }
    }
}
