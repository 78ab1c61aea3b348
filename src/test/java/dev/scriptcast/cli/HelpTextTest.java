package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every help page prints cleanly. picocli formats descriptions with String.format and reports a stray {@code %}
 * as "[picocli WARN]" on the System.err it saw at start-up, so each page is printed by a fresh JVM, started
 * with the launcher's JVM options as a user's is.
 */
class HelpTextTest {
    @Test
    void topLevelAndEverySubcommandHelpPrintWithoutPicocliWarnings() throws Exception {
        List<List<String>> pages = new ArrayList<>();
        pages.add(List.of("--help"));
        for (String sub : new CommandLine(new Main()).getSubcommands().keySet()) {
            pages.add(List.of(sub, "--help"));
        }
        assertThat(pages).extracting(p -> p.get(0)).contains("render", "compare", "doctor");
        for (List<String> args : pages) {
            Printed help = run(args);
            assertThat(help.exitCode()).as(args + ": " + help.err()).isZero();
            assertThat(help.out()).as(args.toString()).contains("Usage:");
            assertThat(help.err()).as(args.toString()).doesNotContain("picocli WARN").isEmpty();
        }
    }

    private record Printed(int exitCode, String out, String err) {}

    private static Printed run(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("scripts/jvm.options").toAbsolutePath(), "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "dev.scriptcast.cli.Main"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).start();
        byte[] err = p.getErrorStream().readAllBytes();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Printed(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
