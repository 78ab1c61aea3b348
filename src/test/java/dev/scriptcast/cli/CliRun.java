package dev.scriptcast.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs the real command in-process and captures what a user would see. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }
}
