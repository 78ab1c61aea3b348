package dev.scriptcast.batch;

import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch in this JVM: {@code jobs} items render at once through {@link dev.scriptcast.pipeline.Scriptcast},
 * sharing one budget of threads; a failure that is not the input's fault is retried up to the job's retries.
 */
public final class LocalBatch {
    /** What one render needs besides its frames in flight: speech, the mix and the encoder's buffers. */
    private static final long BYTES_PER_RENDER = 1L << 30;

    private LocalBatch() {}

    /** As many renders as cores, fewer when the heap could not hold that many at once. */
    public static int defaultJobs() {
        long byMemory = Runtime.getRuntime().maxMemory() / BYTES_PER_RENDER;
        return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), byMemory));
    }

    /** {@code threads}: the budget all renders share; each gets its part. */
    public static BatchSummary run(BatchJob job, Path outDir, int jobs, int threads, BatchListener listener)
            throws IOException, InterruptedException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new InputException(outDir + ": is a file; give a folder for the outputs");
        }
        Files.createDirectories(outDir);
        LocalStore store = new LocalStore(outDir);
        ItemRender render = new ItemRender(job.settings(), job.renderer());
        int perRender = Math.max(1, threads / jobs);
        AtomicInteger finished = new AtomicInteger();
        int total = job.items().size();
        listener.progress(0, total);
        List<ItemOutcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(jobs,
                Thread.ofPlatform().name("batch-", 1).factory())) {
            List<Future<ItemOutcome>> futures = new ArrayList<>();
            for (BatchItem item : job.items()) {
                futures.add(pool.submit(() -> {
                    ItemOutcome outcome = withRetries(render, item, store, perRender, job.retries());
                    listener.finished(outcome);
                    listener.progress(finished.incrementAndGet(), total);
                    return outcome;
                }));
            }
            for (Future<ItemOutcome> future : futures) {
                outcomes.add(get(future, pool));
            }
        }
        BatchSummary summary = new BatchSummary(outcomes);
        summary.write(store);
        return summary;
    }

    private static ItemOutcome withRetries(ItemRender render, BatchItem item, ItemStore store, int threads,
            int retries) throws InterruptedException {
        long start = System.nanoTime();
        for (int attempts = 1; ; attempts++) {
            ItemRender.Attempt attempt = render.attempt(item, store, threads);
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            if (attempt instanceof ItemRender.Finished f) {
                int rendered = f.status() == ItemOutcome.Status.SKIPPED ? 0 : attempts;
                return new ItemOutcome(item.name(), item.script(), f.status(), rendered, wallMs, f.error());
            }
            if (attempts > retries) {
                return new ItemOutcome(item.name(), item.script(), ItemOutcome.Status.FAILED, attempts, wallMs,
                        ((ItemRender.Transient) attempt).error());
            }
        }
    }

    /** Waits for one item; on interrupt, stops the others (their renders remove their temp files). */
    private static ItemOutcome get(Future<ItemOutcome> future, ExecutorService pool) throws InterruptedException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("batch worker failed", e.getCause());
        }
    }
}
