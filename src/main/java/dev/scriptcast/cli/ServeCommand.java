package dev.scriptcast.cli;

import dev.scriptcast.base.InputException;
import dev.scriptcast.server.StudioServer;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scriptcast serve}: the web studio and HTTP API, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Serve the web studio and the HTTP API (jobs survive restarts).")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default: 127.0.0.1; any other needs --token)")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "port, 0 for any free one (default: 8080)")
    int port;

    @Option(names = "--data", paramLabel = "DIR", description = "jobs, uploads, videos and the render cache"
            + " (default: ~/.local/share/scriptcast)")
    Path data;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "renders at once (default: 1)")
    int jobs;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "every API call must send Authorization: Bearer TOKEN (default: $SCRIPTCAST_TOKEN)")
    String token;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "100",
            description = "largest upload (background, music, photo) in MiB (default: 100)")
    int maxUploadMb;

    @Override
    public Integer call() throws Exception {
        String secret = token != null ? token : System.getenv("SCRIPTCAST_TOKEN");
        check(secret);
        StudioServer server;
        try {
            server = StudioServer.start(new StudioServer.Settings(host, port, dataFolder(), jobs,
                    secret == null || secret.isEmpty() ? null : secret, maxUploadMb * 1024L * 1024));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new InputException("--port " + port + ": cannot listen on " + host + " (" + t.getMessage() + ")");
                }
            }
            throw e;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("scriptcast: studio at %s (data in %s%s)%n", server.uri(host), dataFolder(),
                server.resumed() == 0 ? "" : "; " + server.resumed() + " unfinished jobs queued again");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // the process ends anyway; an interrupted job is queued again on the next start
            }
            stopped.countDown();
        }, "scriptcast-serve-stop"));
        stopped.await();
        return 0;
    }

    private void check(String secret) {
        if (port < 0 || port > 65535) {
            throw new InputException("--port " + port + ": must be between 0 and 65535");
        }
        if (jobs < 1 || jobs > 64) {
            throw new InputException("--jobs " + jobs + ": must be between 1 and 64");
        }
        if (maxUploadMb < 1 || maxUploadMb > 4096) {
            throw new InputException("--max-upload-mb " + maxUploadMb + ": must be between 1 and 4096");
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new InputException("--host " + host + ": unknown address");
        }
        if (!loopback && (secret == null || secret.isEmpty())) {
            throw new InputException("--host " + host + ": not a loopback address; anyone who can reach it could"
                    + " render, so give --token TOKEN (or SCRIPTCAST_TOKEN)");
        }
    }

    private Path dataFolder() {
        if (data != null) {
            return data.toAbsolutePath().normalize();
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("scriptcast");
    }
}
