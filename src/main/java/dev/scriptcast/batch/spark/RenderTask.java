package dev.scriptcast.batch.spark;

import dev.scriptcast.batch.BatchItem;
import dev.scriptcast.batch.BatchJob;
import dev.scriptcast.batch.ItemOutcome;
import dev.scriptcast.batch.ItemRender;
import java.io.IOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;

/**
 * One item as one Spark task. A failure worth another try is thrown, so Spark runs the task again (up to
 * spark.task.maxFailures); bad input, and the last try, return a failed outcome instead, so one item never fails
 * the job and bad input is never retried. A task given a GPU runs the lip-sync model on it.
 */
final class RenderTask implements Function<BatchItem, ItemOutcome> {
    private final BatchJob job;
    private final String outDir;
    private final Map<String, String> hadoopConf;
    private final int maxFailures;

    RenderTask(BatchJob job, String outDir, Map<String, String> hadoopConf, int maxFailures) {
        this.job = job;
        this.outDir = outDir;
        this.hadoopConf = Map.copyOf(hadoopConf);
        this.maxFailures = maxFailures;
    }

    @Override
    public ItemOutcome call(BatchItem item) throws IOException, InterruptedException {
        TaskContext task = TaskContext.get();
        int attempt = task.attemptNumber() + 1;
        long start = System.nanoTime();
        ItemRender.Attempt result = new ItemRender(job.settings(), job.renderer())
                .attempt(item, HadoopStore.open(outDir, configuration()), Math.max(1, task.cpus()),
                        GpuAssignment.from(task.resourcesJMap()));
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        if (result instanceof ItemRender.Finished f) {
            int rendered = f.status() == ItemOutcome.Status.SKIPPED ? 0 : attempt;
            return new ItemOutcome(item.name(), item.script(), f.status(), rendered, wallMs, f.error());
        }
        String error = ((ItemRender.Transient) result).error();
        if (attempt < maxFailures) {
            throw new IOException(item.name() + ": " + error + " (attempt " + attempt + " of " + maxFailures + ")");
        }
        return new ItemOutcome(item.name(), item.script(), ItemOutcome.Status.FAILED, attempt, wallMs, error);
    }

    private Configuration configuration() {
        Configuration conf = new Configuration(false);
        hadoopConf.forEach(conf::set);
        return conf;
    }
}
