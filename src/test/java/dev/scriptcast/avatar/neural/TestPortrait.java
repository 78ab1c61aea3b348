package dev.scriptcast.avatar.neural;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test portrait: NASA's astronaut photograph from Debian's python3-skimage (public domain), not committed.
 * .ci/run puts it in target/test-data; SCRIPTCAST_TEST_PORTRAIT may point elsewhere.
 */
final class TestPortrait {
    private TestPortrait() {
    }

    static Path path() {
        String env = System.getenv("SCRIPTCAST_TEST_PORTRAIT");
        Path p = env != null && !env.isBlank() ? Path.of(env) : Path.of("target/test-data/astronaut.png");
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("test portrait " + p + " is missing: run .ci/run's portrait step"
                    + " or set SCRIPTCAST_TEST_PORTRAIT");
        }
        return p;
    }
}
