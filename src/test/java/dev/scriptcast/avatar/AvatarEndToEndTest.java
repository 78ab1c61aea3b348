package dev.scriptcast.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scriptcast.avatar.photo.TestPortrait;
import dev.scriptcast.cli.Main;
import dev.scriptcast.compose.Mp4Probe;
import dev.scriptcast.compose.Rect;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders through the real command line and decodes the MP4: inside the reported mouth box, frames must
 * change clearly more while the presenter speaks than during a one-second pause.
 */
class AvatarEndToEndTest {
    private static final double MIN_RATIO = 3.0;

    @TempDir
    Path dir;

    @Test
    void drawnPresenterMouthMovesWithSpeechAndRestsInThePause() throws Exception {
        Measured m = renderAndMeasure("drawn", "--avatar");
        assertThat(m.speech / m.pause).as(m.toString()).isGreaterThanOrEqualTo(MIN_RATIO);
    }

    @Test
    void photoAvatarMouthMovesWithSpeechAndRestsInThePause() throws Exception {
        Measured m = renderAndMeasure("photo", "--avatar-image", TestPortrait.path().toAbsolutePath().toString());
        assertThat(m.speech / m.pause).as(m.toString()).isGreaterThanOrEqualTo(MIN_RATIO);
    }

    private record Measured(double speech, double pause, Rect mouth) {}

    private Measured renderAndMeasure(String name, String... avatarArgs) throws Exception {
        Path script = Files.writeString(dir.resolve(name + ".txt"),
                "Bob opened the big blue box and smiled.\n\n[pause 1.2s]\n\nThen we spoke again, quite happily.\n");
        Path config = Files.writeString(dir.resolve("test.yaml"),
                "work:\n  dir: " + dir.resolve("cache") + "\nvideo:\n  size: 640x360\n  fps: 25\n");
        List<String> args = new ArrayList<>(List.of("render", script.toString(), "--config", config.toString(),
                "--quiet", "--background", "#203040"));
        args.addAll(List.of(avatarArgs));
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                args.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();

        JsonNode metrics = new ObjectMapper().readTree(dir.resolve(name + ".report/metrics.json").toFile());
        String report = Files.readString(dir.resolve(name + ".report/report.md"));
        assertThat(report.lines().filter(l -> l.replace("avatar_generation", "").contains("avatar") && l.matches("(.*\\d+){4}.*")))
                .as("the report gives one avatar rectangle").hasSize(1);
        JsonNode box = metrics.path("facts").path("avatar").path("mouth");
        Rect mouth = new Rect(box.path("x").asInt(), box.path("y").asInt(), box.path("w").asInt(), box.path("h").asInt());
        long[] pause = longestInnerRest(metrics.path("facts").path("avatar").path("visemes"));
        assertThat(pause[1] - pause[0]).as("the pause is in the viseme track").isGreaterThanOrEqualTo(1000);

        Mp4Probe video = Mp4Probe.of(dir.resolve(name + ".mp4"));
        double fps = video.fps();
        double speech = 0;
        int speechFrames = 0;
        double rest = 0;
        int restFrames = 0;
        long speechStart = metrics.path("facts").path("avatar").path("visemes").get(1).path("timeMs").asLong();
        for (int f = 1; f < video.frames().size(); f++) {
            long t = Math.round(f * 1000 / fps);
            double diff = meanDiff(video.frames().get(f - 1), video.frames().get(f), mouth);
            if (t >= pause[0] + 150 && t < pause[1] - 150) {
                rest += diff;
                restFrames++;
            } else if (t >= speechStart && t < pause[0]) {
                speech += diff;
                speechFrames++;
            }
        }
        // A floor keeps a perfectly still pause from dividing by zero; it only makes the test stricter.
        return new Measured(speech / speechFrames, Math.max(rest / restFrames, 0.05), mouth);
    }

    /** The longest X segment that has speech on both sides, as [startMs, endMs]. */
    private static long[] longestInnerRest(JsonNode visemes) {
        long[] best = {0, 0};
        for (int i = 1; i + 1 < visemes.size(); i++) {
            if (visemes.get(i).path("shape").asText().equals("X")) {
                long start = visemes.get(i).path("timeMs").asLong();
                long end = visemes.get(i + 1).path("timeMs").asLong();
                if (end - start > best[1] - best[0]) {
                    best = new long[] {start, end};
                }
            }
        }
        return best;
    }

    private static double meanDiff(BufferedImage a, BufferedImage b, Rect r) {
        long sum = 0;
        for (int y = r.y(); y < r.y() + r.h(); y++) {
            for (int x = r.x(); x < r.x() + r.w(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)) + Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF))
                        + Math.abs((p & 0xFF) - (q & 0xFF));
            }
        }
        return sum / (3.0 * r.w() * r.h());
    }
}
