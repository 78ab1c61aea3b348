package dev.scriptcast.cli;

import dev.scriptcast.base.InputException;
import dev.scriptcast.batch.BatchInput;
import dev.scriptcast.batch.BatchJob;
import dev.scriptcast.batch.BatchSettings;
import dev.scriptcast.batch.BatchSummary;
import dev.scriptcast.batch.ItemOutcome;
import dev.scriptcast.batch.LocalBatch;
import dev.scriptcast.batch.Renderer;
import dev.scriptcast.batch.SparkLink;
import dev.scriptcast.config.ConfigValues;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scriptcast batch INPUT -o OUTDIR}: many renders, in this process or as an Apache Spark job. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render many scripts into OUTDIR/NAME.mp4 (with NAME.srt, NAME.vtt, NAME.report), skipping"
                + " those already made from the same inputs; a summary goes to OUTDIR/batch.json and batch.md.",
            "Exit 0 when nothing failed, 3 when some items failed, 2 for bad usage or an unreadable manifest."})
final class BatchCommand implements Callable<Integer> {
    static final int SOME_FAILED = 3;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Parameters(paramLabel = "INPUT", description = "a folder (its .txt and .md files), a text file listing script"
            + " paths, or a .jsonl manifest of {\"script\", \"name\", \"config\"} lines")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR",
            description = "output folder; with --spark also an hdfs:// or s3a:// path")
    String outDir;

    @Option(names = "--jobs", paramLabel = "N", description = "renders at once (default: from cores and memory)")
    Integer jobs;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
            description = "tries again after an internal or resource error (default: 2); bad input is never retried")
    int retries;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "run as an Apache Spark job: local[N] in this process, or a cluster's master URL")
    String spark;

    @Option(names = "--spark-gpus", paramLabel = "N", description = "with --spark: each executor holds N GPUs,"
            + " found by scripts/gpu-discovery.sh; a lip-sync item's task takes one and runs the model on it")
    Integer sparkGpus;

    @Mixin
    RenderFlags flags = new RenderFlags();

    @Override
    public Integer call() throws Exception {
        checkUsage();
        ConfigValues config = flags.config();
        BatchJob job = new BatchJob(BatchInput.read(input), BatchSettings.of(config), retries, Renderer.SCRIPTCAST);
        Optional<ThirdPartyLog> log = main != null && main.ownsProcess ? ThirdPartyLog.capture() : Optional.empty();
        BatchConsole console = new BatchConsole(config.flag("quiet"),
                log.map(ThirdPartyLog::terminal).orElse(spec.commandLine().getErr()));
        try {
            BatchSummary summary = DiscardOnExit.run(() -> spark != null ? SparkLink.run(job, outDir, spark,
                            sparkGpus == null ? 0 : sparkGpus, console)
                    : LocalBatch.run(job, Path.of(outDir), jobs != null ? jobs : LocalBatch.defaultJobs(),
                            Runtime.getRuntime().availableProcessors(), console));
            console.done(summary, outDir, log.flatMap(ThirdPartyLog::finish));
            return summary.count(ItemOutcome.Status.FAILED) > 0 ? SOME_FAILED : 0;
        } finally {
            log.ifPresent(ThirdPartyLog::close);
        }
    }

    private void checkUsage() {
        if (jobs != null && jobs < 1) {
            throw new InputException("--jobs: must be at least 1 (got " + jobs + ")");
        }
        if (retries < 0) {
            throw new InputException("--retries: must not be negative (got " + retries + ")");
        }
        if (jobs != null && spark != null) {
            throw new InputException("--jobs: with --spark the master sets how many render at once (local[N] or"
                    + " the executors' cores)");
        }
        if (sparkGpus != null && (spark == null || sparkGpus < 1)) {
            throw new InputException("--spark-gpus: " + (spark == null ? "needs --spark" : "must be at least 1 (got "
                    + sparkGpus + ")"));
        }
        if (spark == null && outDir.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:/.*")) {
            throw new InputException("-o " + outDir + ": a Hadoop path needs --spark; locally give a folder");
        }
    }
}
