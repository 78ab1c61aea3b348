package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./scriptcast tells a JDK's major version from its release file, and asks the JDK itself only without one. */
class LauncherJdkVersionTest {
    @TempDir
    Path dir;

    @Test
    void theReleaseFileNamesTheMajorVersion() throws Exception {
        Path jdk = Files.createDirectories(dir.resolve("jdk-25"));
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
        assertThat(javaMajor(jdk)).isEqualTo("25");
    }

    @Test
    void anOldVersionSchemeReadsAsTooOld() throws Exception {
        Path jdk = Files.createDirectories(dir.resolve("jdk-8"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"1.8.0_392\"\n");
        assertThat(javaMajor(jdk)).isEqualTo("1");
    }

    @Test
    void withoutAReleaseFileTheJdkIsAsked() throws Exception {
        Path jdk = Files.createDirectories(dir.resolve("jdk-nameless/bin"));
        Path java = Files.writeString(jdk.resolve("java"),
                "#!/bin/sh\necho '    java.specification.version = 21' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(javaMajor(jdk.getParent())).isEqualTo("21");
    }

    /** Runs the launcher's own java_major function on {@code jdk}. */
    private String javaMajor(Path jdk) throws Exception {
        String function = "eval \"$(sed -n '/^java_major() {/,/^}/p' scriptcast)\"; java_major \"$1\"";
        Process p = new ProcessBuilder("bash", "-c", function, "bash", jdk.toString()).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return new String(p.getInputStream().readAllBytes()).strip();
    }
}
