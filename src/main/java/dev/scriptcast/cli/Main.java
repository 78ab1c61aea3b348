package dev.scriptcast.cli;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.pipeline.Scriptcast;
import dev.scriptcast.speech.MaryEngine;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scriptcast}: a written script in, a finished presenter video out. */
@Command(name = "scriptcast", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a written script into a finished presenter video, offline.",
        subcommands = {RenderCommand.class, BatchCommand.class, VoicesCommand.class, ReportCommand.class,
            CompareCommand.class, DoctorCommand.class, ConfigCommand.class, CacheCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main {
    /** True when this is the process's own command line: only then may a command redirect its stderr. */
    final boolean ownsProcess;

    Main() {
        this(false);
    }

    private Main(boolean ownsProcess) {
        this.ownsProcess = ownsProcess;
    }

    static {
        // JavaCV reports harmless option notes ("avio_open2 rejected some options") on stderr by default.
        if (System.getProperty("org.bytedeco.javacpp.logger") == null) {
            System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        }
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("render") && ThreadBudget.spareCores()) {
            // MaryTTS, the default speech, takes about a second to start; with cores to spare it starts while the
            // command line, config and script are read (0.2-0.3 s sooner to the first frame). A render that needs
            // no Mary (another engine, or all of its speech cached) leaves it idle.
            new MaryEngine().startAhead();
        }
        quietSvtAv1();
        System.exit(run(true, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true),
                args));
    }

    /**
     * SVT-AV1 prints its banner to stderr unless SVT_LOG asks for errors only; a user's own value wins. Only the
     * command sets it, once and before any render thread runs: setenv is not safe while other threads read the
     * environment, so the library never calls it.
     */
    private static void quietSvtAv1() {
        Linker linker = Linker.nativeLinker();
        linker.defaultLookup().find("setenv").ifPresent(setenv -> {
            try (Arena arena = Arena.ofConfined()) {
                linker.downcallHandle(setenv, FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT))
                        .invoke(arena.allocateFrom("SVT_LOG"), arena.allocateFrom("1"), 0);
            } catch (Throwable e) {
                // only the banner stays visible
            }
        });
    }

    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs a command with its output and errors sent to the given writers (used by tests and embedders). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return run(false, out, err, args);
    }

    private static int run(boolean ownsProcess, java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main(ownsProcess));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Errors::onBadUsage);
        cli.setExecutionExceptionHandler(Errors::onFailure);
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"scriptcast " + Scriptcast.VERSION + " (Java " + Runtime.version() + ")"};
        }
    }
}
