package dev.scriptcast.avatar.photo;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public-domain NASA astronaut portrait from Debian's python3-skimage package, found through the
 * system property or environment variable SCRIPTCAST_TEST_PORTRAIT, else target/test-data/astronaut.png.
 */
public final class TestPortrait {
    private TestPortrait() {}

    public static Path path() {
        String configured = System.getProperty("SCRIPTCAST_TEST_PORTRAIT", System.getenv("SCRIPTCAST_TEST_PORTRAIT"));
        Path path = configured != null ? Path.of(configured) : Path.of("target/test-data/astronaut.png");
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("test portrait missing at " + path + ": run `apt-get download "
                    + "python3-skimage`, `dpkg -x` it and copy skimage/data/astronaut.png there");
        }
        return path;
    }
}
