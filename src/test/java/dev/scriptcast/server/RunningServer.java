package dev.scriptcast.server;

import dev.scriptcast.base.FileTrees;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real studio server on a random loopback port for one test class (no token, 1 MiB upload cap), with its own
 * data folder and an API client: {@code @RegisterExtension static final RunningServer studio = new RunningServer(1);}
 */
final class RunningServer implements BeforeAllCallback, AfterAllCallback {
    private final int jobs;
    private Path data;
    private StudioServer server;
    private Api api;

    RunningServer(int jobs) {
        this.jobs = jobs;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        data = Files.createTempDirectory("studio-");
        server = StudioServer.start(new StudioServer.Settings("127.0.0.1", 0, data, jobs, null, 1024 * 1024));
        api = new Api(URI.create("http://127.0.0.1:" + server.port()), null);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.close();
        FileTrees.delete(data);
    }

    Path data() {
        return data;
    }

    Api api() {
        return api;
    }
}
