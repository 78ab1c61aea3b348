package dev.scriptcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scriptcast.config.ConfigValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing one sentence re-renders only its segment: the rest comes from the cache, and what a player decodes is
 * exactly what a cold render of the edited script gives. A damaged cache entry is made again, never used.
 * MaryTTS is deterministic, so a cold render can be compared sample for sample.
 */
class IncrementalRenderTest {
    static final String SCRIPT = """
            The first paragraph opens the talk. It has a few sentences of its own. They take some seconds to say.

            The second paragraph goes on. Its words will change in the edit. The rest of it stays as it was.

            A third paragraph closes the talk. It is the last one here.
            """;
    static final String EDITED = SCRIPT.replace("Its words will change in the edit.",
            "Its words are different after the edit.");

    @TempDir
    Path dir;

    @Test
    void anEditedSentenceRendersOnlyItsSegmentAndMatchesAColdRender() throws Exception {
        Path cache = dir.resolve("cache");
        render(SCRIPT, dir.resolve("first"), cache);
        Path incremental = render(EDITED, dir.resolve("edited"), cache);
        JsonNode segments = segments(incremental);
        long reused = stream(segments).filter(s -> s.get("reused").asBoolean()).count();
        assertThat(segments.size()).isGreaterThanOrEqualTo(3);
        assertThat(reused).as("segments reused after a one-sentence edit").isEqualTo(segments.size() - 1);

        Path cold = render(EDITED, dir.resolve("cold"), dir.resolve("fresh-cache"));
        assertThat(stream(segments(cold)).noneMatch(s -> s.get("reused").asBoolean())).isTrue();
        DecodedMedia a = DecodedMedia.of(output(incremental));
        DecodedMedia b = DecodedMedia.of(output(cold));
        assertThat(a.frameHashes()).isNotEmpty().isEqualTo(b.frameHashes());
        assertThat(a.audioSamples()).isPositive().isEqualTo(b.audioSamples());
        assertThat(a.audioHash()).isEqualTo(b.audioHash());
    }

    @Test
    void aDamagedSegmentIsMadeAgainNotUsed() throws Exception {
        Path cache = dir.resolve("cache");
        Path first = render(SCRIPT, dir.resolve("first"), cache);
        List<Path> entries;
        try (Stream<Path> files = Files.list(cache.resolve("segments"))) {
            entries = files.filter(f -> f.toString().endsWith(".mp4")).sorted().toList();
        }
        assertThat(entries).isNotEmpty();
        byte[] bytes = Files.readAllBytes(entries.getFirst());
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(entries.getFirst(), bytes);

        Path again = render(SCRIPT, dir.resolve("again"), cache);
        long reused = stream(segments(again)).filter(s -> s.get("reused").asBoolean()).count();
        assertThat(reused).isEqualTo(segments(again).size() - 1);
        assertThat(DecodedMedia.of(output(again)).frameHashes()).isEqualTo(DecodedMedia.of(output(first)).frameHashes());
    }

    @Test
    void aChangedLookReusesTheSoundtrackAndSoundsTheSame() throws Exception {
        Path cache = dir.resolve("cache");
        Path first = render(SCRIPT, dir.resolve("first"), cache);
        assertThat(audio(first).path("reused").asBoolean()).isFalse();

        Path restyled = render(SCRIPT, dir.resolve("restyled"), config(cache).set("visualizer.enabled", false, "test"));

        assertThat(audio(restyled).path("reused").asBoolean()).as("soundtrack reused").isTrue();
        assertThat(stream(segments(restyled)).noneMatch(s -> s.get("reused").asBoolean())).isTrue();
        assertThat(audio(restyled).path("integratedLufs").asDouble())
                .isEqualTo(audio(first).path("integratedLufs").asDouble());
        assertThat(DecodedMedia.of(output(restyled)).audioHash()).isEqualTo(DecodedMedia.of(output(first)).audioHash());
    }

    @Test
    void aDamagedSoundtrackIsMadeAgainNotUsed() throws Exception {
        Path cache = dir.resolve("cache");
        Path first = render(SCRIPT, dir.resolve("first"), cache);
        Path entry;
        try (Stream<Path> files = Files.list(cache.resolve("soundtracks"))) {
            entry = files.filter(f -> f.toString().endsWith(".mp4")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(entry, bytes);

        Path again = render(SCRIPT, dir.resolve("again"), cache);

        assertThat(audio(again).path("reused").asBoolean()).isFalse();
        assertThat(DecodedMedia.of(output(again)).audioHash()).isEqualTo(DecodedMedia.of(output(first)).audioHash());
    }

    /** Renders {@code text} in {@code folder}; returns the script path. */
    static Path render(String text, Path folder, Path cache) throws Exception {
        return render(text, folder, config(cache));
    }

    static Path render(String text, Path folder, ConfigValues config) throws Exception {
        Files.createDirectories(folder);
        Path script = folder.resolve("talk.txt");
        Files.writeString(script, text);
        Scriptcast.render(new RenderRequest(script, config, 2), ProgressListener.NONE);
        return script;
    }

    static ConfigValues config(Path cache) {
        return QuickRender.config(cache, "mary", "320x180", 12)
                .set("avatar.enabled", true, "test")
                .set("visualizer.enabled", true, "test")
                .set("captions.burn", true, "test");
    }

    static Path output(Path script) {
        return script.resolveSibling("talk.mp4");
    }

    static JsonNode segments(Path script) throws IOException {
        return facts(script).path("segments").path("segments");
    }

    private static JsonNode audio(Path script) throws IOException {
        return facts(script).path("audio");
    }

    private static JsonNode facts(Path script) throws IOException {
        return new ObjectMapper().readTree(script.resolveSibling("talk.report").resolve("metrics.json").toFile())
                .path("facts");
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
