package dev.scriptcast.server;

import dev.scriptcast.base.FileTrees;
import dev.scriptcast.base.InputException;
import dev.scriptcast.pipeline.Preview;
import dev.scriptcast.pipeline.RenderRequest;
import dev.scriptcast.pipeline.Scriptcast;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /api/preview?t=SECONDS}: the frame a render of the same body would show at that time, as a PNG,
 * without rendering the video. The request is checked as a render's is, in a folder of its own that is gone when
 * the answer is sent. A few previews run at once, each on a few threads, so they cannot starve the renders.
 */
final class PreviewApi {
    private static final int AT_ONCE = 2;
    private static final int THREADS = 2;
    private static final long WAIT_SECONDS = 10;
    /** Past any script the limits allow; a later time shows the last frame. */
    private static final double MAX_SECONDS = 24 * 3600;

    private final Submission submission;
    private final Path data;
    private final Semaphore slots = new Semaphore(AT_ONCE, true);

    /** What a stopped server left of its previews is removed now. */
    PreviewApi(Submission submission, Path data) throws IOException {
        this.submission = submission;
        this.data = data;
        FileTrees.delete(JobFiles.previews(data));
        Files.createDirectories(JobFiles.previews(data));
    }

    void register(RoutesConfig routes) {
        routes.post("/api/preview", this::preview);
    }

    private void preview(Context ctx) throws IOException, InterruptedException {
        long atMs = timeMs(ctx.queryParam("t"));
        if (!slots.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
            ctx.header("Retry-After", "1");
            throw new ApiError(429, "preview: too many at once; try again in a moment");
        }
        try {
            String id = JobId.random();
            Submission.Accepted request = submission.accept(ctx, id, JobFiles.preview(data, id));
            try {
                Preview frame = Scriptcast.preview(new RenderRequest(request.files().script(), request.config(),
                        THREADS), atMs);
                ctx.contentType("image/png").header("X-Frame-Ms", Long.toString(frame.frameMs())).result(frame.png());
            } catch (InputException e) {
                throw new ApiError(400, request.files().relative(e.getMessage()));
            } finally {
                request.files().deleteAll();
            }
        } finally {
            slots.release();
        }
    }

    /** {@code t} in seconds, as the video's clock counts; none is the first frame. */
    private static long timeMs(String t) {
        if (t == null || t.isBlank()) {
            return 0;
        }
        try {
            double seconds = Double.parseDouble(t.strip());
            if (seconds >= 0 && seconds <= MAX_SECONDS) {
                return Math.round(seconds * 1000);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiError(400, "t: must be a time in seconds from 0 to " + (long) MAX_SECONDS);
    }
}
