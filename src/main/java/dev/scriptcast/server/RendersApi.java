package dev.scriptcast.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The {@code /api/renders} routes: submit, list, look at, follow, download, cancel and delete jobs. */
final class RendersApi {
    private static final int MAX_PAGE = 100;
    private final JobStore store;
    private final JobRunner runner;
    private final Submission submission;
    private final Path data;

    RendersApi(JobStore store, JobRunner runner, Submission submission, Path data) {
        this.store = store;
        this.runner = runner;
        this.submission = submission;
        this.data = data;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/renders", this::create);
        routes.get("/api/renders", this::list);
        routes.get("/api/renders/{id}", ctx -> ctx.json(JobJson.of(job(ctx))));
        routes.before("/api/renders/{id}/events", ctx -> {
            job(ctx);
            if (!String.valueOf(ctx.header("Accept")).contains("text/event-stream")) {
                throw new ApiError(406, "Accept: send Accept: text/event-stream for the events");
            }
        });
        routes.sse("/api/renders/{id}/events", this::events);
        routes.get("/api/renders/{id}/video", this::video);
        routes.get("/api/renders/{id}/report", ctx -> {
            ctx.header("Content-Security-Policy", Security.REPORT_POLICY);
            send(ctx, done(ctx).reportDir().resolve("report.html"), "text/html; charset=utf-8");
        });
        routes.get("/api/renders/{id}/metrics", ctx -> send(ctx, done(ctx).reportDir().resolve("metrics.json"),
                "application/json"));
        routes.get("/api/renders/{id}/captions.srt", ctx -> send(ctx, done(ctx).captions("srt"),
                "application/x-subrip; charset=utf-8"));
        routes.get("/api/renders/{id}/captions.vtt", ctx -> send(ctx, done(ctx).captions("vtt"),
                "text/vtt; charset=utf-8"));
        routes.delete("/api/renders/{id}", this::delete);
    }

    private void create(Context ctx) throws IOException, SQLException {
        Submission.Accepted accepted = submission.accept(ctx);
        Job job = new Job(accepted.id(), Job.State.QUEUED, accepted.title(), null, 0, null, null,
                System.currentTimeMillis(), null);
        store.insert(job);
        runner.submit(job.id());
        ctx.status(202).header("Location", "/api/renders/" + job.id()).json(JobJson.of(job));
    }

    private void list(Context ctx) throws SQLException {
        int page = intParam(ctx, "page", 1, 1, Integer.MAX_VALUE / MAX_PAGE);
        int perPage = intParam(ctx, "perPage", 20, 1, MAX_PAGE);
        List<Map<String, Object>> items = store.page((page - 1) * perPage, perPage).stream().map(runner::live)
                .map(JobJson::of).toList();
        ctx.json(Map.of("items", items, "page", page, "perPage", perPage, "total", store.count()));
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiError(400, name + ": must be a whole number from " + min + " to " + max);
    }

    /**
     * Sends the job now, then each change, and closes after the final state. Render threads and this one write to
     * the stream, one event at a time.
     */
    private void events(SseClient client) {
        String id = JobId.checked(client.ctx().pathParam("id"));
        client.keepAlive();
        Runnable unsubscribe = runner.subscribe(id, (event, job) -> send(client, event, job));
        client.onClose(unsubscribe);
        Job now;
        try {
            now = runner.find(id).orElseThrow(() -> ApiError.notFound(id));
        } catch (SQLException e) {
            client.close();
            return;
        }
        send(client, JobRunner.STATE, now);
    }

    private static void send(SseClient client, String event, Job job) {
        synchronized (client) {
            if (client.terminated()) {
                return;
            }
            client.sendEvent(event, Submission.JSON.valueToTree(JobJson.of(job)).toString());
            if (job.state().finished() && event.equals(JobRunner.STATE)) {
                client.close();
            }
        }
    }

    private void video(Context ctx) throws IOException, SQLException {
        Path video = done(ctx).video();
        if (!Files.isRegularFile(video)) {
            throw new ApiError(404, "video: not there (deleted from the data folder?)");
        }
        ctx.header("Content-Disposition", "inline; filename=\"scriptcast-" + ctx.pathParam("id") + ".mp4\"");
        ByteRange.send(ctx, video, "video/mp4");
    }

    private void delete(Context ctx) throws SQLException, IOException, InterruptedException {
        Job job = job(ctx);
        if (!job.state().finished()) {
            runner.cancel(job.id());
            ctx.json(JobJson.of(runner.find(job.id()).orElseThrow(() -> ApiError.notFound(job.id()))));
            return;
        }
        store.delete(job.id());
        JobFiles.of(data, job.id()).deleteAll();
        ctx.status(204);
    }

    private Job job(Context ctx) throws SQLException {
        String id = JobId.checked(ctx.pathParam("id"));
        return runner.find(id).orElseThrow(() -> ApiError.notFound(id));
    }

    /** The files of a job that is done; 409 while it is not. */
    private JobFiles done(Context ctx) throws SQLException {
        Job job = job(ctx);
        if (job.state() != Job.State.DONE) {
            throw new ApiError(409, "render " + job.id() + " is " + job.state().wire() + ", not done");
        }
        return JobFiles.of(data, job.id());
    }

    private static void send(Context ctx, Path file, String type) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ApiError(404, file.getFileName() + ": this render has none");
        }
        ctx.contentType(type).result(Files.newInputStream(file));
    }
}
