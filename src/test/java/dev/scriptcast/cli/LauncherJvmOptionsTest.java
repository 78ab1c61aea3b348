package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.avatar.photo.TestPortrait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM options ./scriptcast starts the app with keep the JDK's own warnings out of a render's output. */
class LauncherJvmOptionsTest {
    private static final Path OPTIONS = Path.of("scripts/jvm.options");

    @TempDir
    Path dir;

    @Test
    void theLauncherStartsJavaWithTheSharedOptionsFile() throws Exception {
        assertThat(Files.readString(Path.of("scriptcast"))).contains("\"$JAVA_HOME/bin/java\" @\"$here/" + OPTIONS + "\"");
    }

    @Test
    void aPhotoAvatarRenderPrintsNoUnsafeWarnings() throws Exception {
        Path script = Files.writeString(dir.resolve("hi.txt"), "Hello there.\n");
        Path config = Files.writeString(dir.resolve("c.yaml"), "work:\n  dir: " + dir.resolve("cache") + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(java, "@" + OPTIONS.toAbsolutePath(), "-cp", classpath,
                "dev.scriptcast.cli.Main", "render", script.toString(), "--config", config.toString(),
                "--avatar-image", TestPortrait.path().toString(), "--quiet")
                .redirectError(err.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(err);
        assertThat(p.exitValue()).as(stderr).isZero();
        assertThat(dir.resolve("hi.mp4")).isNotEmptyFile();
        assertThat(stderr).doesNotContain("sun.misc.Unsafe").doesNotContain("WARNING:");
    }
}
