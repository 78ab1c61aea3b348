package dev.scriptcast.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every bad request gets a 4xx with one JSON line naming the field, and leaves nothing in the data folder. */
class BadRequestTest {
    @TempDir
    static Path elsewhere;
    @RegisterExtension
    static final RunningServer studio = new RunningServer(1);

    @Test
    void blankScriptIsRefusedWithTheCommandLinesWords() throws Exception {
        assertThat(Api.error(studio.api().postJson(Map.of("script", "  \n\n ", "config", Api.tinyConfig())), 400))
                .isEqualTo("script.md: the script has no text to speak");
        assertThat(Api.error(studio.api().postJson(Map.of("config", Api.tinyConfig())), 400)).startsWith("script:");
        assertNoJobFolders();
    }

    @Test
    void badConfigValueNamesTheKey() throws Exception {
        assertThat(Api.error(studio.api().postJson(Map.of("script", "Hi.", "config", Map.of("video", Map.of("fps", 500)))), 400))
                .isEqualTo("config: video.fps: must be between 1 and 120 (got 500)");
        assertThat(Api.error(studio.api().postJson(Map.of("script", "Hi.", "config", Map.of("vidoe", Map.of("fps", 5)))), 400))
                .contains("config: vidoe.fps", "unknown setting");
        assertThat(Api.error(studio.api().postJson(Map.of("script", "Hi.", "config", Map.of("speech",
                Map.of("engine", "espeak", "voice", "nobody")))), 400)).contains("speech.voice nobody");
        assertNoJobFolders();
    }

    @Test
    void settingsThatNameServerFilesAreRefused() throws Exception {
        assertThat(Api.error(studio.api().postJson(Map.of("script", "Hi.", "config", Map.of("work", Map.of("dir", "/etc")))), 400))
                .isEqualTo("config: work.dir: set by the server, not by a request");
        assertThat(Api.error(studio.api().postJson(Map.of("script", "Hi.", "config", Map.of("background", "/etc/hostname"))), 400))
                .contains("config: background.source");
        assertThat(Api.error(studio.api().postJson(Map.of("script", "Hi.", "config", Map.of("music", Map.of("path", "/x.mp3")))), 400))
                .contains("upload the file instead");
    }

    @Test
    void frontMatterCannotSendOutputsOutsideTheJob() throws Exception {
        Path outside = elsewhere.resolve("stolen.mp4");
        String id = studio.api().submit("---\noutput: " + outside + "\nreport:\n  dir: " + elsewhere.resolve("r") + "\n---\nHi.\n",
                Api.tinyConfig());

        assertThat(studio.api().awaitFinished(id, 120).path("state").asText()).isEqualTo("done");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
        assertThat(studio.data().resolve("jobs").resolve(id).resolve("out").resolve("video.mp4")).isRegularFile();
    }

    @Test
    void oversizedUploadIsRefused() throws Exception {
        byte[] big = Arrays.copyOf(RendersApiTest.png(java.awt.Color.BLUE), 1536 * 1024);
        HttpResponse<String> answer = studio.api().postMultipart(Map.of("script", "Hi.".getBytes(), "background", big));
        assertThat(Api.error(answer, 413)).contains("1 MiB");
        assertNoJobFolders();
    }

    @Test
    void oversizedJsonBodyIsRefused() throws Exception {
        String script = "word ".repeat(700_000);
        assertThat(Api.error(studio.api().postJson(Map.of("script", script)), 413)).contains("size limit");
    }

    @Test
    void wrongContentTypesAreRefused() throws Exception {
        HttpResponse<String> text = studio.api().send(studio.api().request("/api/renders").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Hi.")));
        assertThat(Api.error(text, 415)).startsWith("Content-Type");
        HttpResponse<String> notAnImage = studio.api().postMultipart(Map.of("script", "Hi.".getBytes(),
                "avatar_image", "GIF? no, just words".getBytes()));
        assertThat(Api.error(notAnImage, 415)).startsWith("avatar_image: not an image");
        HttpResponse<String> notJson = studio.api().send(studio.api().request("/api/renders").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{script: hi")));
        assertThat(Api.error(notJson, 400)).startsWith("body: not valid JSON");
        HttpResponse<String> noStream = studio.api().get("/api/renders/" + "a".repeat(26) + "/events");
        assertThat(Api.error(noStream, 404)).contains("no render");
        assertNoJobFolders();
    }

    @Test
    void traversalAttemptsReadNothing() throws Exception {
        for (String path : new String[] {"/api/renders/..%2f..%2fjobs.db", "/api/renders/..%2fjobs.db/video",
                "/api/renders/%2e%2e/report", "/api/renders/..%2f..%2f..%2fetc%2fpasswd/captions.srt",
                "/..%2fjobs.db", "/%2e%2e/%2e%2e/etc/passwd", "/api/renders/..%5c..%5cjobs.db"}) {
            HttpResponse<String> answer = studio.api().get(path);
            assertThat(answer.statusCode()).as(path + " " + answer.body()).isBetween(400, 499);
            assertThat(answer.body()).as(path).doesNotContain("SQLite format", "root:");
            Api.error(answer, answer.statusCode());
        }
    }

    @Test
    void writesFromOtherSitesAreRefused() throws Exception {
        HttpResponse<String> answer = studio.api().send(studio.api().request("/api/renders").header("Origin", "http://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"script\":\"Hi.\"}")));
        assertThat(Api.error(answer, 403)).startsWith("Origin");
    }

    @Test
    void securityHeadersAreSet() throws Exception {
        for (String path : new String[] {"/", "/api/health", "/api/renders/nope"}) {
            var headers = studio.api().get(path).headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(p ->
                    assertThat(p).contains("default-src 'self'", "frame-ancestors 'none'"));
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
    }

    private static void assertNoJobFolders() throws Exception {
        try (Stream<Path> jobs = Files.list(studio.data().resolve("jobs"))) {
            assertThat(jobs.filter(dir -> !Files.exists(dir.resolve("out")))).isEmpty();
        }
    }
}
