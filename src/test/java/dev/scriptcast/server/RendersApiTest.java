package dev.scriptcast.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The render API against a real server on a random port: submit, follow, download, cancel. */
class RendersApiTest {
    @RegisterExtension
    static final RunningServer studio = new RunningServer(2);

    @Test
    void jsonRenderGivesAVideoWithSoundCaptionsAndReport() throws Exception {
        String id = studio.api().submit("Hello there. This video was made through the API.", Api.tinyConfig());

        JsonNode job = studio.api().awaitFinished(id, 120);

        assertThat(job.path("state").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.path("progress").asDouble()).isEqualTo(1.0);
        assertThat(job.path("finishedAt").asText()).isNotBlank();
        Videos video = Videos.decode(download(id));
        assertThat(video.width()).isEqualTo(320);
        assertThat(video.frames()).isGreaterThan(10);
        assertThat(video.audioSamples()).isGreaterThan(48_000);
        assertThat(studio.api().get("/api/renders/" + id + "/captions.vtt").body()).startsWith("WEBVTT").contains("API");
        assertThat(studio.api().get("/api/renders/" + id + "/captions.srt").body()).contains("Hello there");
        assertThat(Api.JSON.readTree(studio.api().get("/api/renders/" + id + "/metrics").body()).has("stages")).isTrue();
        HttpResponse<String> report = studio.api().get("/api/renders/" + id + "/report");
        assertThat(report.body()).contains("scriptcast run report");
        assertThat(report.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p ->
                assertThat(p).contains("sandbox"));
    }

    @Test
    void multipartRenderShowsTheUploadedBackground() throws Exception {
        HttpResponse<String> answer = studio.api().postMultipart(Map.of("script", "A red room.\n".getBytes(),
                "config", Api.JSON.writeValueAsString(Api.tinyConfig()), "background", png(Color.RED)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        String id = Api.JSON.readTree(answer.body()).path("id").asText();

        assertThat(studio.api().awaitFinished(id, 120).path("state").asText()).isEqualTo("done");

        int[] rgb = Videos.decode(download(id)).centreRgb();
        assertThat(rgb[0]).as(Arrays.toString(rgb)).isGreaterThan(200);
        assertThat(rgb[1]).as(Arrays.toString(rgb)).isLessThan(60);
        assertThat(rgb[2]).as(Arrays.toString(rgb)).isLessThan(60);
    }

    @Test
    void progressArrivesOverServerSentEventsUntilDone() throws Exception {
        String id = studio.api().submit("Progress is sent as it happens. One stage after another, to the end.",
                Api.tinyConfig());

        List<Api.Event> events = studio.api().events(id);

        assertThat(events).isNotEmpty();
        Api.Event last = events.getLast();
        assertThat(last.name()).isEqualTo("state");
        assertThat(last.data().path("state").asText()).isEqualTo("done");
        assertThat(last.data().path("progress").asDouble()).isEqualTo(1.0);
        List<Double> progress = events.stream().map(e -> e.data().path("progress").asDouble()).toList();
        assertThat(progress).isSorted();
        assertThat(events).anySatisfy(e -> assertThat(e.name()).isEqualTo("stage"));
        assertThat(events.stream().map(e -> e.data().path("stage").asText()).distinct())
                .contains("tts_generation", "video_composition");
    }

    @Test
    void rangeRequestGetsPartialContent() throws Exception {
        String id = studio.api().submit("Seek anywhere in the video.", Api.tinyConfig());
        assertThat(studio.api().awaitFinished(id, 120).path("state").asText()).isEqualTo("done");
        byte[] whole = Files.readAllBytes(download(id));

        HttpResponse<byte[]> part = studio.api().bytes(studio.api().request("/api/renders/" + id + "/video")
                .header("Range", "bytes=100-299"));

        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100-299/" + whole.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(whole, 100, 300));
        HttpResponse<byte[]> tail = studio.api().bytes(studio.api().request("/api/renders/" + id + "/video").header("Range", "bytes=-50"));
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(whole, whole.length - 50, whole.length));
        HttpResponse<String> beyond = studio.api().send(studio.api().request("/api/renders/" + id + "/video")
                .header("Range", "bytes=" + whole.length + "-"));
        assertThat(Api.error(beyond, 416)).contains("Range");
    }

    @Test
    void cancelStopsARunningRenderAndRemovesItsFiles() throws Exception {
        String words = String.join(" ", java.util.Collections.nCopies(60, "This render is far too long to wait for."));
        String id = studio.api().submit(words, Map.of("speech", Map.of("engine", "espeak"),
                "video", Map.of("size", "640x360", "fps", 30), "music", Map.of("skip", true)));
        assertThat(studio.api().awaitState(id, "running", 120).path("state").asText()).isEqualTo("running");

        HttpResponse<String> cancelled = studio.api().send(studio.api().request("/api/renders/" + id).DELETE());

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(Api.JSON.readTree(cancelled.body()).path("state").asText()).isEqualTo("cancelled");
        Path out = studio.data().resolve("jobs").resolve(id).resolve("out");
        try (Stream<Path> left = Files.walk(out)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
        Api.error(studio.api().get("/api/renders/" + id + "/video"), 409);

        assertThat(studio.api().send(studio.api().request("/api/renders/" + id).DELETE()).statusCode()).isEqualTo(204);
        assertThat(studio.data().resolve("jobs").resolve(id)).doesNotExist();
        Api.error(studio.api().get("/api/renders/" + id), 404);
    }

    @Test
    void jobsAreListedNewestFirstInPages() throws Exception {
        String older = studio.api().submit("First of two.", Api.tinyConfig());
        String newer = studio.api().submit("Second of two.", Api.tinyConfig());

        JsonNode page = Api.JSON.readTree(studio.api().get("/api/renders?perPage=1").body());
        JsonNode next = Api.JSON.readTree(studio.api().get("/api/renders?perPage=1&page=2").body());

        assertThat(page.path("items").get(0).path("id").asText()).isEqualTo(newer);
        assertThat(next.path("items").get(0).path("id").asText()).isEqualTo(older);
        assertThat(page.path("total").asInt()).isGreaterThanOrEqualTo(2);
        studio.api().awaitFinished(older, 120);
        studio.api().awaitFinished(newer, 120);
    }

    private static Path download(String id) throws Exception {
        HttpResponse<byte[]> video = studio.api().bytes(studio.api().request("/api/renders/" + id + "/video"));
        assertThat(video.statusCode()).isEqualTo(200);
        assertThat(video.headers().firstValue("Content-Type")).hasValue("video/mp4");
        return Files.write(Files.createTempFile(studio.data(), "video", ".mp4"), video.body());
    }

    static byte[] png(Color colour) throws IOException {
        BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 64, 36);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
