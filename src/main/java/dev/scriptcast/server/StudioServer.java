package dev.scriptcast.server;

import dev.scriptcast.base.InputException;
import dev.scriptcast.script.ScriptParser;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

/**
 * {@code scriptcast serve}: the web studio and its JSON API on Javalin, jobs in an SQLite file in the data folder,
 * renders in this process. Bad requests get a 4xx with {@code {"error": "..."}}; nothing a client sends yields a
 * stack trace.
 */
public final class StudioServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(StudioServer.class.getName());
    /** How the server runs; {@code token} null means none (then only a loopback host is allowed). */
    public record Settings(String host, int port, Path data, int jobs, String token, long maxUploadBytes) {}

    private final Javalin app;
    private final JobStore store;
    private final JobRunner runner;
    private final int resumed;

    private StudioServer(Settings settings) throws IOException, SQLException {
        Path data = settings.data().toAbsolutePath().normalize();
        Files.createDirectories(data.resolve("jobs"));
        Files.createDirectories(data.resolve("uploads-in-progress"));
        store = new JobStore(data.resolve("jobs.db"));
        runner = new JobRunner(store, data, settings.jobs());
        Security security = new Security(settings.token());
        Submission submission = new Submission(data, settings.maxUploadBytes());
        RendersApi renders = new RendersApi(store, runner, submission, data);
        PreviewApi preview = new PreviewApi(submission, data);
        Catalog catalog = new Catalog();
        app = Javalin.create(config -> {
            configure(config, settings, data);
            config.routes.before(security::check);
            config.routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.post("/api/session", security::session);
            config.routes.get("/api/voices", ctx -> ctx.json(catalog.voices()));
            config.routes.get("/api/looks", ctx -> ctx.json(catalog.looks()));
            config.routes.get("/api/config", ctx -> ctx.json(catalog.config()));
            renders.register(config.routes);
            preview.register(config.routes);
            errors(config);
        });
        app.start();
        resumed = runner.resume();
    }

    public static StudioServer start(Settings settings) throws IOException, SQLException {
        return new StudioServer(settings);
    }

    public int port() {
        return app.port();
    }

    public URI uri(String host) {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** How many jobs a stopped server had left, queued again on this start. */
    public int resumed() {
        return resumed;
    }

    private static void configure(JavalinConfig config, Settings settings, Path data) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        config.http.maxRequestSize = ScriptParser.MAX_BYTES + 1024 * 1024;
        config.jetty.multipartConfig.cacheDirectory(data.resolve("uploads-in-progress").toString());
        config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        config.jetty.multipartConfig.maxTotalRequestSize(4 * settings.maxUploadBytes() + ScriptParser.MAX_BYTES,
                SizeUnit.BYTES);
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/dev/scriptcast/server/web";
            files.location = Location.CLASSPATH;
        });
    }

    private static void errors(JavalinConfig config) {
        config.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        config.routes.exception(InputException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                e.getStatus() == 413 ? "body: larger than the request size limit" : e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, "internal error on " + ctx.method() + " " + ctx.path(), e);
            error(ctx, 500, "internal error");
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || !ctx.res().getContentType().startsWith("application/json")) {
                error(ctx, 404, "no such page: " + ctx.path());
            }
        });
        config.routes.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    /** Stops the HTTP server, then the renders; a running render stays queued for the next start. */
    @Override
    public void close() throws InterruptedException, SQLException {
        app.stop();
        runner.close();
        store.close();
    }
}
