package dev.scriptcast.batch.spark;

import dev.scriptcast.batch.Renderer;
import dev.scriptcast.pipeline.ProgressListener;
import dev.scriptcast.pipeline.RenderRequest;
import dev.scriptcast.pipeline.RenderResult;
import dev.scriptcast.pipeline.Scriptcast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The real renderer, counting its calls per script in files (Spark's tasks may run in other threads or JVMs),
 * whose first call for the script named {@code flaky} fails as a full disk would: a transient failure.
 */
record CountingRenderer(String calls, String flaky) implements Renderer {
    @Override
    public RenderResult render(RenderRequest request, ProgressListener progress)
            throws IOException, InterruptedException {
        String script = request.script().getFileName().toString();
        Path count = Path.of(calls).resolve(script + ".calls");
        Files.writeString(count, "call\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (script.equals(flaky) && calls(count) == 1) {
            throw new IOException("No space left on device (injected once)");
        }
        return Scriptcast.render(request, progress);
    }

    static long calls(Path countFile) throws IOException {
        return Files.exists(countFile) ? Files.readAllLines(countFile).size() : 0;
    }
}
