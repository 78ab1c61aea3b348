package dev.scriptcast.cli;

import dev.scriptcast.telemetry.MetricsWriter;
import dev.scriptcast.telemetry.ReportMarkdown;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scriptcast report DIR}: the summary of an earlier run, read back from its metrics.json. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the summary of an earlier run: per-stage time, CPU, GPU and the diagnosis.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the run's report folder (OUT.report)")
    Path dir;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ReportMarkdown.summary(MetricsWriter.read(dir)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
