package dev.scriptcast.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /api/preview}: one PNG frame of what the same render body would give, and no job or file left. */
class PreviewApiTest {
    static final int BLUE = 0x2060C0;
    @RegisterExtension
    static final RunningServer studio = new RunningServer(1);

    @AfterEach
    void nothingIsLeft() throws Exception {
        try (Stream<Path> previews = Files.list(studio.data().resolve("previews"));
             Stream<Path> jobs = Files.list(studio.data().resolve("jobs"))) {
            assertThat(previews).isEmpty();
            assertThat(jobs).isEmpty();
        }
        assertThat(Api.JSON.readTree(studio.api().get("/api/renders").body()).path("total").asInt()).isZero();
    }

    /** The tiny render's settings on a plain blue background, with or without the drawn presenter. */
    static Map<String, Object> config(boolean avatar) {
        Map<String, Object> config = new HashMap<>(Api.tinyConfig());
        config.put("background", "#2060C0");
        config.put("avatar", Map.of("enabled", avatar));
        return config;
    }

    static BufferedImage preview(String query, Object body) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = studio.api().bytes(studio.api().json("/api/preview" + query, body));
        assertThat(answer.statusCode()).as(new String(answer.body())).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(answer.body()));
        assertThat(image).as("a decodable PNG").isNotNull();
        return image;
    }

    @Test
    void aPreviewIsAPngOfTheConfiguredSizeInTheRequestedColour() throws Exception {
        BufferedImage frame = preview("?t=0.5", Map.of("script", "A blue room.", "config", config(false)));

        assertThat(frame.getWidth()).isEqualTo(320);
        assertThat(frame.getHeight()).isEqualTo(180);
        for (int[] at : new int[][] {{0, 0}, {160, 90}, {319, 179}}) {
            assertThat(frame.getRGB(at[0], at[1]) & 0xFFFFFF).isEqualTo(BLUE);
        }
    }

    @Test
    void theDrawnPresenterAppearsWhenEnabled() throws Exception {
        String script = "Here I am, talking.";
        BufferedImage plain = preview("?t=1", Map.of("script", script, "config", config(false)));
        BufferedImage presenter = preview("?t=1", Map.of("script", script, "config", config(true)));

        long changed = 0;
        for (int y = 0; y < 180; y++) {
            for (int x = 0; x < 320; x++) {
                assertThat(plain.getRGB(x, y) & 0xFFFFFF).isEqualTo(BLUE);
                changed += (presenter.getRGB(x, y) & 0xFFFFFF) != BLUE ? 1 : 0;
            }
        }
        assertThat(changed).as("pixels the presenter covers").isGreaterThan(320 * 180 / 20);
    }

    @Test
    void anUploadedBackgroundIsShown() throws Exception {
        HttpResponse<byte[]> answer = studio.api().bytes(studio.api().multipart("/api/preview?t=0", Map.of(
                "script", "A red room.\n".getBytes(), "config", Api.JSON.writeValueAsString(Api.tinyConfig()),
                "background", RendersApiTest.png(Color.RED))));

        assertThat(answer.statusCode()).as(new String(answer.body())).isEqualTo(200);
        int centre = ImageIO.read(new ByteArrayInputStream(answer.body())).getRGB(160, 90);
        assertThat(new Color(centre).getRed()).isGreaterThan(200);
        assertThat(new Color(centre).getGreen()).isLessThan(60);
    }

    @Test
    void aSecondPreviewOfTheSameScriptReusesTheSpeech() throws Exception {
        Map<String, Object> body = Map.of("script", "One sentence here. Another one there.\n\nA second paragraph.",
                "config", config(true));
        preview("?t=30", body);
        long spoken = speechEntries();
        preview("?t=30", body);
        preview("", body);

        assertThat(spoken).isEqualTo(3);
        assertThat(speechEntries()).isEqualTo(spoken);
    }

    @Test
    void aBadTimeIsRefused() throws Exception {
        for (String t : new String[] {"-1", "abc", "NaN", "1e9"}) {
            HttpResponse<String> answer = studio.api().send(studio.api().json("/api/preview?t=" + t,
                    Map.of("script", "Hi.", "config", config(false))));
            assertThat(Api.error(answer, 400)).as(t).startsWith("t: ");
        }
    }

    @Test
    void badBodiesAreRefusedAsRendersAre() throws Exception {
        HttpResponse<String> blank = studio.api().send(studio.api().json("/api/preview?t=0",
                Map.of("script", "  \n\n ", "config", config(false))));
        assertThat(Api.error(blank, 400)).isEqualTo("script.md: the script has no text to speak");
        HttpResponse<String> badValue = studio.api().send(studio.api().json("/api/preview",
                Map.of("script", "Hi.", "config", Map.of("video", Map.of("fps", 500)))));
        assertThat(Api.error(badValue, 400)).isEqualTo("config: video.fps: must be between 1 and 120 (got 500)");
        HttpResponse<String> serverFile = studio.api().send(studio.api().json("/api/preview",
                Map.of("script", "Hi.", "config", Map.of("work", Map.of("dir", "/etc")))));
        assertThat(Api.error(serverFile, 400)).isEqualTo("config: work.dir: set by the server, not by a request");
    }

    private static long speechEntries() throws IOException {
        try (Stream<Path> files = Files.list(studio.data().resolve("cache").resolve("speech"))) {
            return files.filter(f -> f.toString().endsWith(".speech")).count();
        }
    }
}
