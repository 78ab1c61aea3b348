package dev.scriptcast.cli;

import dev.scriptcast.telemetry.MetricsWriter;
import dev.scriptcast.telemetry.RunComparison;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scriptcast compare A B}: how two runs differ, stage by stage. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Show per-stage differences (wall time, CPU %%, GPU %%, device) between two runs.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "the first run's report folder")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "the second run's report folder")
    Path b;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(RunComparison.render(a.toString(), MetricsWriter.read(a), b.toString(),
                MetricsWriter.read(b)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
