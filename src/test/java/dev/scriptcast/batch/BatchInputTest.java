package dev.scriptcast.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a folder, a list file and a .jsonl manifest turn into, and the one line a bad manifest gets. */
class BatchInputTest {
    @TempDir
    Path dir;

    @Test
    void aFolderGivesItsTextAndMarkdownScriptsByName() throws IOException {
        Files.writeString(dir.resolve("b-intro.md"), "Hi.");
        Files.writeString(dir.resolve("a-welcome.TXT"), "Hi.");
        Files.writeString(dir.resolve("notes.yaml"), "video: {}");
        Files.writeString(dir.resolve(".hidden.txt"), "Hi.");
        Files.createDirectories(dir.resolve("sub.md"));

        List<BatchItem> items = BatchInput.read(dir);

        assertThat(items).extracting(BatchItem::name).containsExactly("a-welcome", "b-intro");
        assertThat(items.getFirst().script()).isEqualTo(dir.resolve("a-welcome.TXT").toAbsolutePath().toString());
        assertThat(items.getFirst().config()).isEmpty();
    }

    @Test
    void aListFileNamesScriptsBesideItAndSkipsCommentsAndBlankLines() throws IOException {
        Path list = Files.writeString(dir.resolve("course.list"), "# week one\nlessons/one.md\n\n  /abs/two.txt  \n");

        List<BatchItem> items = BatchInput.read(list);

        assertThat(items).extracting(BatchItem::name, BatchItem::script).containsExactly(
                org.assertj.core.groups.Tuple.tuple("one", dir.resolve("lessons/one.md").toString()),
                org.assertj.core.groups.Tuple.tuple("two", "/abs/two.txt"));
        assertThat(items.get(1).listedAt()).isEqualTo(list + ":4");
    }

    @Test
    void aManifestLineHasAScriptANameAndNestedSettings() throws IOException {
        Path manifest = manifest(
                "{\"script\": \"one.md\", \"name\": \"lesson-01\", \"config\": {\"video\": {\"size\": \"320x180\","
                        + " \"fps\": 12}, \"background\": \"#102030\", \"visualizer\": {\"colors\": [\"#ffffff\"]}}}",
                "",
                "{\"script\": \"two.txt\"}");

        List<BatchItem> items = BatchInput.read(manifest);

        assertThat(items).extracting(BatchItem::name).containsExactly("lesson-01", "two");
        assertThat(items.getFirst().config()).isEqualTo(Map.of("video.size", "320x180", "video.fps", 12,
                "background.source", "#102030", "visualizer.colors", List.of("#ffffff")));
        assertThat(items.get(1).listedAt()).endsWith("m.jsonl:3");
    }

    @Test
    void eachManifestErrorNamesItsLine() throws IOException {
        String good = "{\"script\": \"a.md\"}";
        assertError(manifest(good, "{\"script\": \"b.md\""), "m.jsonl:2: not valid JSON");
        assertError(manifest(good, "[\"b.md\"]"), "m.jsonl:2: expected one JSON object per line");
        assertError(manifest("{\"scirpt\": \"a.md\"}"), "m.jsonl:1: unknown field \"scirpt\"");
        assertError(manifest("{\"name\": \"x\"}"), "m.jsonl:1: \"script\" must name the script file");
        assertError(manifest(good, "{\"script\": \"b.md\", \"config\": {\"vidoe\": {\"fps\": 2}}}"),
                "m.jsonl:2: vidoe.fps: unknown setting, did you mean video.fps?");
        assertError(manifest(good, "", "{\"script\": \"b.md\", \"config\": {\"video\": {\"fps\": \"fast\"}}}"),
                "m.jsonl:3: video.fps: must be a whole number (got fast)");
        assertError(manifest(good, "{\"script\": \"other/a.txt\"}"), "m.jsonl:2: the name a is taken by",
                "m.jsonl:1");
        assertError(manifest("{\"script\": \"a.md\", \"name\": \"../up\"}"), "m.jsonl:1: name \"../up\" cannot be");
        assertError(manifest("{\"script\": \"a.md\", \"config\": [1]}"), "m.jsonl:1: \"config\" must be an object");
    }

    @Test
    void aMissingOrEmptyInputIsOneLine() throws IOException {
        assertError(dir.resolve("nothing"), "nothing: no such folder, list or manifest");
        assertError(manifest("", "  "), "m.jsonl: no scripts to render");
        assertError(Files.createDirectories(dir.resolve("empty")), "empty: no scripts to render");
    }

    private Path manifest(String... lines) throws IOException {
        return Files.writeString(dir.resolve("m.jsonl"), String.join("\n", Arrays.asList(lines)) + "\n");
    }

    private static void assertError(Path input, String... mentions) {
        assertThatThrownBy(() -> BatchInput.read(input)).isInstanceOf(InputException.class)
                .message().contains(mentions).doesNotContain("\n");
    }
}
