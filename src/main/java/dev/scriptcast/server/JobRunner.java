package dev.scriptcast.server;

import dev.scriptcast.base.InputException;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.pipeline.RenderRequest;
import dev.scriptcast.pipeline.Scriptcast;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Runs queued jobs through {@link Scriptcast#render}, at most {@code jobs} at once, each with its share of the
 * cores. Jobs a stopped server left queued or running start again, oldest first; a render interrupted by a
 * shutdown stays queued for the next start. Progress lives here while a job runs and reaches subscribers (the SSE
 * streams) as it changes; the store gets each new stage.
 */
final class JobRunner implements AutoCloseable {
    /** Event names as the SSE stream sends them. */
    static final String STATE = "state";
    static final String STAGE = "stage";
    static final String PROGRESS = "progress";

    private final JobStore store;
    private final Path data;
    private final int threadsPerRender;
    private final ExecutorService pool;
    private final Map<String, Future<?>> queued = new ConcurrentHashMap<>();
    private final Map<String, Live> running = new ConcurrentHashMap<>();
    private final Map<String, List<BiConsumer<String, Job>>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean closing;

    private static final class Live {
        final JobProgress progress;
        final CountDownLatch finished = new CountDownLatch(1);
        volatile boolean cancelled;

        Live(JobProgress progress) {
            this.progress = progress;
        }
    }

    JobRunner(JobStore store, Path data, int jobs) {
        this.store = store;
        this.data = data;
        this.threadsPerRender = Math.max(1, Runtime.getRuntime().availableProcessors() / jobs);
        this.pool = Executors.newFixedThreadPool(jobs, Thread.ofPlatform().name("render-", 1).factory());
    }

    /** Queues again what a stopped server left unfinished. Returns how many. */
    int resume() throws SQLException {
        List<Job> left = store.unfinished();
        for (Job job : left) {
            store.transition(job.id(), Job.State.RUNNING, Job.State.QUEUED, null, null);
            submit(job.id());
        }
        return left.size();
    }

    void submit(String id) {
        queued.put(id, pool.submit(() -> run(id)));
    }

    /** The stored job with the live progress of a running one. */
    Optional<Job> find(String id) throws SQLException {
        return store.find(id).map(this::live);
    }

    Job live(Job job) {
        Live live = running.get(job.id());
        if (live == null || job.state() != Job.State.RUNNING) {
            return job;
        }
        JobProgress.Snapshot s = live.progress.snapshot();
        return job.withProgress(s.stage() == null ? job.stage() : s.stage(), s.progress(), s.etaMs());
    }

    /** Calls {@code listener} with each event of job {@code id} until the returned runnable is run. */
    Runnable subscribe(String id, BiConsumer<String, Job> listener) {
        subscribers.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> subscribers.computeIfPresent(id, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Cancels a queued or running job; a running one is stopped and its outputs removed before this returns. */
    void cancel(String id) throws SQLException, InterruptedException {
        if (store.transition(id, Job.State.QUEUED, Job.State.CANCELLED, null, System.currentTimeMillis())) {
            Optional.ofNullable(queued.remove(id)).ifPresent(f -> f.cancel(false));
            publishStored(id);
            return;
        }
        Live live = running.get(id);
        Future<?> future = queued.get(id);
        if (live != null && future != null) {
            live.cancelled = true;
            future.cancel(true);
            live.finished.await(60, TimeUnit.SECONDS);
        }
    }

    private void run(String id) {
        try {
            if (closing || !store.transition(id, Job.State.QUEUED, Job.State.RUNNING, null, null)) {
                return;
            }
            Live live = new Live(new JobProgress((snapshot, newStage) -> progressed(id, snapshot, newStage),
                    System::nanoTime));
            running.put(id, live);
            publishStored(id);
            try {
                render(id, live);
            } finally {
                running.remove(id);
                queued.remove(id);
                live.finished.countDown();
            }
        } catch (SQLException | IOException e) {
            failQuietly(id, "internal error: " + e.getMessage());
        }
    }

    private void render(String id, Live live) throws SQLException, IOException {
        JobFiles files = JobFiles.of(data, id);
        Job.State end;
        String error = null;
        try {
            files.clearOutputs();
            ConfigValues config = RenderSettings.of(Submission.storedConfig(files), files, data.resolve("cache"));
            Scriptcast.render(new RenderRequest(files.script(), config, threadsPerRender), live.progress);
            end = Job.State.DONE;
        } catch (Exception e) {
            Thread.interrupted();
            if (closing && !live.cancelled) {
                store.transition(id, Job.State.RUNNING, Job.State.QUEUED, null, null);
                return;
            }
            end = live.cancelled ? Job.State.CANCELLED : Job.State.FAILED;
            error = live.cancelled ? null : files.relative(describe(e));
            if (live.cancelled) {
                files.clearOutputs();
            }
        }
        store.transition(id, Job.State.RUNNING, end, error, System.currentTimeMillis());
        publishStored(id);
    }

    /** One line for the user: the input error as the command line words it, else what failed. */
    private static String describe(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputException) {
                return t.getMessage();
            }
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("No space left on device")) {
                return "no space left on device while writing the outputs";
            }
        }
        return "internal error: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
    }

    private void progressed(String id, JobProgress.Snapshot snapshot, boolean newStage) {
        if (newStage) {
            try {
                store.progress(id, snapshot.stage(), snapshot.progress());
            } catch (SQLException e) {
                // the live value is still shown; only a restart would miss this stage
            }
        }
        try {
            store.find(id).map(this::live).ifPresent(job -> publish(newStage ? STAGE : PROGRESS, job));
        } catch (SQLException e) {
            // a missed progress event; the next one carries the same fields
        }
    }

    private void publishStored(String id) throws SQLException {
        store.find(id).map(this::live).ifPresent(job -> publish(STATE, job));
    }

    private void publish(String event, Job job) {
        for (BiConsumer<String, Job> listener : subscribers.getOrDefault(job.id(), List.of())) {
            listener.accept(event, job);
        }
    }

    private void failQuietly(String id, String error) {
        try {
            store.transition(id, Job.State.RUNNING, Job.State.FAILED, error, System.currentTimeMillis());
            publishStored(id);
        } catch (SQLException e) {
            // the job stays running and is queued again on the next start
        }
    }

    /** Stops taking jobs; running renders are interrupted and stay queued for the next start. */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        pool.shutdownNow();
        pool.awaitTermination(60, TimeUnit.SECONDS);
    }
}
