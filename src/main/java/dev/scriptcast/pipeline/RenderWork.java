package dev.scriptcast.pipeline;

import dev.scriptcast.base.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A render's own scratch folder inside the work folder, for its narration, mix and probe files: created at the
 * start, removed with everything in it at the end, however the render ends.
 */
record RenderWork(Path dir) implements AutoCloseable {
    static RenderWork create(Path workDir) throws IOException {
        Path parent = workDir.resolve("renders");
        Files.createDirectories(parent);
        return new RenderWork(Files.createTempDirectory(parent, "render-"));
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            // Left behind as scratch: nothing reads it again.
        }
    }
}
