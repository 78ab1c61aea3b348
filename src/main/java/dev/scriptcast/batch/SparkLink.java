package dev.scriptcast.batch;

import dev.scriptcast.base.InputException;
import java.lang.reflect.InvocationTargetException;

/**
 * Runs a batch on Apache Spark when Spark's jars are on the class path ({@code ./scriptcast} adds them for
 * {@code --spark}; spark-submit brings its own). Loaded by name so the plain command never needs them.
 */
public final class SparkLink {
    private static final String RUNNER = "dev.scriptcast.batch.spark.SparkBatch";

    private SparkLink() {}

    /** {@code master}: {@code local[N]}, a cluster URL, or "submit" for the master spark-submit was given. */
    public static BatchSummary run(BatchJob job, String outDir, String master, BatchListener listener)
            throws Exception {
        return run(job, outDir, master, 0, listener);
    }

    /** {@code gpusPerExecutor}: when above 0, each executor finds that many GPUs with scripts/gpu-discovery.sh. */
    public static BatchSummary run(BatchJob job, String outDir, String master, int gpusPerExecutor,
                                   BatchListener listener) throws Exception {
        try {
            Class.forName("org.apache.spark.SparkConf");
        } catch (ClassNotFoundException e) {
            throw new InputException("--spark: Apache Spark is not on the class path (start through ./scriptcast,"
                    + " which adds target/spark-lib, or submit target/scriptcast.jar with spark-submit)");
        }
        try {
            return (BatchSummary) Class.forName(RUNNER)
                    .getMethod("run", BatchJob.class, String.class, String.class, int.class, BatchListener.class)
                    .invoke(null, job, outDir, master, gpusPerExecutor, listener);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
