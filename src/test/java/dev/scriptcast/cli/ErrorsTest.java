package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorsTest {
    @Test
    void aFullDiskIsOneLineNotAnInternalError() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err, true));

        int code = Errors.onFailure(new UncheckedIOException(new IOException("No space left on device")), cli, null);

        assertThat(code).isEqualTo(Errors.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("scriptcast: no space left on device while writing the outputs\n");
    }

    @Test
    void anInterruptedFileOperationIsAnInterruptionNotAnInternalError() {
        for (Exception interrupted : new Exception[] {new java.io.InterruptedIOException("joining interrupted"),
                new IOException("mixing", new java.nio.channels.ClosedByInterruptException())}) {
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new Main());
            cli.setErr(new PrintWriter(err, true));

            assertThat(Errors.onFailure(interrupted, cli, null)).isEqualTo(130);
            assertThat(err.toString()).isEqualTo("scriptcast: interrupted\n");
        }
    }
}
