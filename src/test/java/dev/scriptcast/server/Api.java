package dev.scriptcast.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** A client of the studio's API through Java's HttpClient, as any program would call it. */
record Api(URI base, String token) {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A tiny, quick render: eSpeak, 320x180 at 10 fps, no music. */
    static Map<String, Object> tinyConfig() {
        return Map.of("speech", Map.of("engine", "espeak"), "video", Map.of("size", "320x180", "fps", 10),
                "music", Map.of("skip", true));
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path));
    }

    HttpResponse<String> postJson(Object body) throws IOException, InterruptedException {
        return send(json("/api/renders", body));
    }

    /** A POST of {@code body} as JSON. */
    HttpRequest.Builder json(String path, Object body) throws IOException {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    /** A render as multipart: {@code parts} maps a part name to its file bytes (a file part) or a String (a field). */
    HttpResponse<String> postMultipart(Map<String, Object> parts) throws IOException, InterruptedException {
        return send(multipart("/api/renders", parts));
    }

    /** A POST of {@code parts} as multipart/form-data, as {@link #postMultipart} sends them. */
    HttpRequest.Builder multipart(String path, Map<String, Object> parts) {
        String boundary = "----scriptcast" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> part : parts.entrySet()) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\""
                    + (part.getValue() instanceof byte[] ? "; filename=\"" + part.getKey() + ".bin\"\r\n"
                    + "Content-Type: application/octet-stream" : "") + "\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.getValue() instanceof byte[] b ? b
                    : part.getValue().toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** Submits and returns the new job's id, checking the 202 answer. */
    String submit(String script, Map<String, Object> config) throws IOException, InterruptedException {
        HttpResponse<String> answer = postJson(Map.of("script", script, "config", config));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        JsonNode job = JSON.readTree(answer.body());
        assertThat(job.path("state").asText()).isEqualTo("queued");
        return job.path("id").asText();
    }

    JsonNode job(String id) throws IOException, InterruptedException {
        HttpResponse<String> answer = get("/api/renders/" + id);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** Polls until the job is finished (at most {@code seconds}) and returns it. */
    JsonNode awaitFinished(String id, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        JsonNode job = job(id);
        while (List.of("queued", "running").contains(job.path("state").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            job = job(id);
        }
        return job;
    }

    JsonNode awaitState(String id, String state, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        JsonNode job = job(id);
        while (!job.path("state").asText().equals(state) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            job = job(id);
        }
        return job;
    }

    /** One server-sent event. */
    record Event(String name, JsonNode data) {}

    /** Reads the job's event stream to its end. */
    List<Event> events(String id) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> stream = HTTP.send(request("/api/renders/" + id + "/events")
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/event-stream"));
        List<Event> events = new ArrayList<>();
        String name = null;
        for (String line : (Iterable<String>) stream.body()::iterator) {
            if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                events.add(new Event(name, JSON.readTree(line.substring(5).strip())));
            }
        }
        return events;
    }

    /** The {@code error} of a refused request, checking it is one JSON line with a 4xx status and no trace. */
    static String error(HttpResponse<String> answer, int status) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.size()).as(answer.body()).isEqualTo(1);
        String error = body.path("error").asText();
        assertThat(error).isNotBlank().doesNotContain("Exception", "\tat ", "\n");
        return error;
    }
}
