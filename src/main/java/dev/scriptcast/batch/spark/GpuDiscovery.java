package dev.scriptcast.batch.spark;

import dev.scriptcast.base.InputException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import org.apache.spark.SparkConf;

/**
 * {@code --spark-gpus N}: each executor holds N GPUs, found by {@code scripts/gpu-discovery.sh} beside the app
 * (the same path on every host), unless the Spark properties already name their own amount or script.
 */
final class GpuDiscovery {
    static final String AMOUNT = "spark.executor.resource.gpu.amount";
    static final String SCRIPT = "spark.executor.resource.gpu.discoveryScript";

    private GpuDiscovery() {}

    static void offer(SparkConf conf, int gpusPerExecutor) {
        if (gpusPerExecutor <= 0) {
            return;
        }
        conf.setIfMissing(AMOUNT, String.valueOf(gpusPerExecutor));
        if (!conf.contains(SCRIPT)) {
            conf.set(SCRIPT, script().toString());
        }
    }

    /** scripts/gpu-discovery.sh in the folder that holds target/ (where the app's jar or classes are). */
    static Path script() {
        CodeSource source = GpuDiscovery.class.getProtectionDomain().getCodeSource();
        Path target;
        try {
            target = source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath().getParent();
        } catch (URISyntaxException | IllegalArgumentException e) {
            target = null;
        }
        Path script = target == null || target.getParent() == null ? null
                : target.getParent().resolve("scripts/gpu-discovery.sh");
        if (script == null || !Files.isExecutable(script)) {
            throw new InputException("--spark-gpus: no executable scripts/gpu-discovery.sh beside the app"
                    + (script == null ? "" : " (" + script + ")") + "; set " + SCRIPT + " to a GPU discovery script");
        }
        return script;
    }
}
