import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on `scriptcast serve`: CLIENTS API clients at once, each submitting one short render (eSpeak, 320x180,
 * a different sentence each) and polling it to the end. Prints how many finished (none may be lost), the
 * throughput, p50 and p95 time from submit to done, and the server's peak RSS (VmHWM). Starts and stops the
 * server itself on a free loopback port with a fresh data folder; bounded to 15 minutes.
 */
public class ServeLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LIMIT_NANOS = 15L * 60 * 1_000_000_000L;

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path data = Files.createTempDirectory("scriptcast-serve-load");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "@scripts/jvm.options", "-Xmx2g", "-cp", "target/classes:target/lib/*",
                "dev.scriptcast.cli.Main", "serve", "--port", "0", "--jobs", String.valueOf(jobs), "--data",
                data.toString()).redirectError(data.resolve("server.err").toFile()).start();
        try {
            String line = new BufferedReader(new InputStreamReader(server.getInputStream())).readLine();
            Matcher m = Pattern.compile("studio at (http://\\S+/)").matcher(String.valueOf(line));
            if (!m.find()) {
                throw new IllegalStateException("server did not start: " + line);
            }
            run(URI.create(m.group(1)), clients, jobs, server.pid());
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static void run(URI base, int clients, int jobs, long pid) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ConcurrentLinkedQueue<Long> doneMs = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                all.add(pool.submit(() -> {
                    client(http, base, client, start, doneMs, problems);
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        }
        double wallS = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(doneMs);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "clients %d, server --jobs %d, %d cores%n", clients, jobs,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "done %d of %d, lost or failed %d%s%n", sorted.size(), clients,
                clients - sorted.size(), problems.isEmpty() ? "" : " " + problems);
        System.out.printf(Locale.ROOT, "wall %.1f s, throughput %.1f renders/min%n", wallS, sorted.size() / wallS * 60);
        System.out.printf(Locale.ROOT, "time to done: p50 %.1f s, p95 %.1f s, max %.1f s%n", pct(sorted, 50) / 1e3,
                pct(sorted, 95) / 1e3, sorted.isEmpty() ? 0 : sorted.getLast() / 1e3);
        System.out.println("server peak RSS " + peakRss(pid));
    }

    private static void client(HttpClient http, URI base, int client, long start, ConcurrentLinkedQueue<Long> doneMs,
            ConcurrentLinkedQueue<String> problems) throws Exception {
        String script = "Client number " + client + " asks for a short video. It has " + (client + 2)
                + " things to say.";
        Map<String, Object> body = Map.of("script", script, "config", Map.of("speech", Map.of("engine", "espeak"),
                "video", Map.of("size", "320x180", "fps", 15), "music", Map.of("skip", true)));
        long submitted = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/api/renders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 202) {
            problems.add(client + ": " + answer.statusCode() + " " + answer.body());
            return;
        }
        String id = JSON.readTree(answer.body()).path("id").asText();
        while (System.nanoTime() - start < LIMIT_NANOS) {
            JsonNode job = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/api/renders/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String state = job.path("state").asText();
            if (state.equals("done")) {
                doneMs.add((System.nanoTime() - submitted) / 1_000_000);
                return;
            } else if (!state.equals("queued") && !state.equals("running")) {
                problems.add(client + ": " + state + " " + job.path("error").asText());
                return;
            }
            Thread.sleep(250);
        }
        problems.add(client + ": not done within the time limit");
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String peakRss(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("unknown");
    }
}
