package dev.scriptcast.batch.spark;

import dev.scriptcast.base.InputException;
import dev.scriptcast.batch.BatchJob;
import dev.scriptcast.batch.BatchListener;
import dev.scriptcast.batch.BatchSummary;
import dev.scriptcast.batch.ItemOutcome;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * A batch as a Spark job: one task per item, outputs written through Hadoop's FileSystem API, failures that are
 * not the input's fault retried by Spark's own task retry. The driver writes the summary.
 */
public final class SparkBatch {
    private static final String LIPSYNC_MODEL = "avatar.lipsync_model";
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[([0-9]+|\\*)])?");

    private SparkBatch() {}

    /** Called through {@link dev.scriptcast.batch.SparkLink}, so the plain command never loads Spark. */
    public static BatchSummary run(BatchJob job, String outDir, String master, int gpusPerExecutor,
                                   BatchListener listener) throws IOException {
        int maxFailures = job.retries() + 1;
        SparkConf conf = new SparkConf().setAppName("scriptcast batch")
                .setMaster(withRetries(master, maxFailures))
                .set("spark.task.maxFailures", String.valueOf(maxFailures));
        if (master.startsWith("local")) {
            // in one process nothing needs a network address but the loopback, nor a web UI
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        GpuDiscovery.offer(conf, gpusPerExecutor);
        askForGpus(job, conf);
        int total = job.items().size();
        try (JavaSparkContext spark = context(conf, master)) {
            HadoopStore store = HadoopStore.open(outDir, spark.hadoopConfiguration());
            Map<String, String> hadoopConf = new HashMap<>();
            spark.hadoopConfiguration().forEach(e -> hadoopConf.put(e.getKey(), e.getValue()));
            spark.sc().addSparkListener(new Progress(listener, total));
            listener.progress(0, total);
            List<ItemOutcome> outcomes;
            try {
                outcomes = spark.parallelize(job.items(), total)
                        .map(new RenderTask(job, outDir, hadoopConf, maxFailures)).collect();
            } catch (Exception e) { // Spark's Scala code throws SparkException undeclared
                if (spark.sc().isStopped()) {
                    throw new InputException("--spark " + master + ": Spark stopped before the batch finished (a"
                            + " master that does not answer, or the application was killed)", e);
                }
                throw unchecked(e);
            }
            outcomes.forEach(listener::finished);
            BatchSummary summary = new BatchSummary(outcomes);
            summary.write(store);
            return summary;
        }
    }

    private static JavaSparkContext context(SparkConf conf, String master) {
        try {
            return new JavaSparkContext(conf);
        } catch (Exception e) { // Spark's Scala code throws SparkException undeclared
            if (String.valueOf(e.getMessage()).startsWith("Could not parse Master URL")) {
                throw new InputException("--spark " + master + ": not a Spark master (local[N], spark://HOST:PORT,"
                        + " yarn or k8s://HOST:PORT)", e);
            }
            throw unchecked(e);
        }
    }

    private static RuntimeException unchecked(Exception e) {
        return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
    }

    /**
     * A batch that uses the neural avatar asks for one GPU per task, where the cluster finds GPUs (its executors
     * have a GPU discovery script); elsewhere it asks for none and the model runs on the CPU.
     */
    static void askForGpus(BatchJob job, SparkConf conf) {
        boolean lipSync = job.settings().toConfig().path(LIPSYNC_MODEL) != null
                || job.items().stream().anyMatch(item -> item.config().get(LIPSYNC_MODEL) != null);
        if (lipSync && conf.contains("spark.executor.resource.gpu.discoveryScript")) {
            conf.setIfMissing("spark.task.resource.gpu.amount", "1");
        }
    }

    /** Local mode retries a task only when its master says how often: local[N] becomes local[N,F]. */
    static String withRetries(String master, int maxFailures) {
        Matcher local = LOCAL.matcher(master);
        if (!local.matches()) {
            return master;
        }
        return "local[" + (local.group(1) == null ? "1" : local.group(1)) + "," + maxFailures + "]";
    }

    /** Counts tasks that finished (a task that will run again does not count) on the driver. */
    private static final class Progress extends SparkListener {
        private final BatchListener listener;
        private final int total;
        private final AtomicInteger finished = new AtomicInteger();

        Progress(BatchListener listener, int total) {
            this.listener = listener;
            this.total = total;
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.taskInfo() != null && end.taskInfo().successful()) {
                listener.progress(finished.incrementAndGet(), total);
            }
        }
    }
}
