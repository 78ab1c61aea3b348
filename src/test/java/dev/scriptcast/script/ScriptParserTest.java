package dev.scriptcast.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptParserTest {
    @TempDir
    Path dir;

    private final ScriptParser parser = new ScriptParser(500);

    private Script parse(String text) throws IOException {
        Path file = dir.resolve("s.md");
        Files.writeString(file, text);
        return parser.parse(file);
    }

    private static List<String> texts(Script s) {
        return s.paragraphs().stream().map(Block.Paragraph::text).toList();
    }

    @Test
    void blankLinesSeparateParagraphsWithAShortPause() throws IOException {
        Script s = parse("First line\ncontinues here.\n\nSecond paragraph.\n");
        assertThat(s.blocks()).containsExactly(
                new Block.Paragraph("First line continues here.", 1),
                new Block.Pause(500, 4),
                new Block.Paragraph("Second paragraph.", 4));
    }

    @Test
    void pauseDirectivesInMillisecondsAndSeconds() throws IOException {
        Script s = parse("Wait for it [pause 800ms] now.\n\n[pause 1.5s]\n\nDone.");
        assertThat(s.blocks()).containsExactly(
                new Block.Paragraph("Wait for it", 1),
                new Block.Pause(800, 1),
                new Block.Paragraph("now.", 1),
                new Block.Pause(1500, 3),
                new Block.Paragraph("Done.", 5));
    }

    @Test
    void crlfAndLfGiveTheSameBlocks() throws IOException {
        Script lf = parse("One.\n\nTwo.\n");
        Script crlf = parse("One.\r\n\r\nTwo.\r\n");
        assertThat(crlf.blocks()).isEqualTo(lf.blocks());
    }

    @Test
    void markdownIsReducedToSpeakableText() throws IOException {
        Script s = parse("""
                # The Title
                Some **bold** and _italic_ text with a [link](https://example.com).
                <!-- a note for the editor,
                spanning lines -->
                - first item
                - second item
                > quoted `code`
                """);
        assertThat(texts(s)).containsExactly("The Title.",
                "Some bold and italic text with a link. first item second item quoted code");
        assertThat(s.paragraphs().getFirst().line()).isEqualTo(1);
        assertThat(s.paragraphs().get(1).line()).isEqualTo(2);
    }

    @Test
    void emojiAndPictographsAreDroppedWithoutCrashing() throws IOException {
        Script s = parse("Launch day \uD83D\uDE80\uD83C\uDF89 is here ✨ \u2764\uFE0F!");
        assertThat(texts(s)).containsExactly("Launch day is here !");
    }

    @Test
    void frontMatterIsReadAndNotSpoken() throws IOException {
        Script s = parse("---\ntitle: Demo\nvoice: cmu-slt-hsmm\n---\nHello there.\n");
        assertThat(s.frontMatter()).containsEntry("title", "Demo").containsEntry("voice", "cmu-slt-hsmm");
        assertThat(s.blocks()).containsExactly(new Block.Paragraph("Hello there.", 5));
    }

    @Test
    void emptyOrWhitespaceOnlyScriptIsRejected() throws IOException {
        assertThatThrownBy(() -> parse("  \n\n\t\n")).isInstanceOf(InputException.class)
                .hasMessageEndingWith("s.md: the script has no text to speak");
        assertThatThrownBy(() -> parse("<!-- only a comment -->\n\uD83D\uDE00")).isInstanceOf(InputException.class);
    }

    @Test
    void badPauseDirectiveNamesTheLine() throws IOException {
        assertThatThrownBy(() -> parse("Hello.\n\nWait [pause soon] here."))
                .isInstanceOf(InputException.class).hasMessageContaining("s.md:3: bad pause directive");
    }

    @Test
    void binaryInvalidUtf8LargeMissingAndDirectoryAreRejectedWithOneLine() throws IOException {
        Path binary = Files.write(dir.resolve("b.txt"), new byte[] {'h', 'i', 0, 1, 2});
        Path latin1 = Files.write(dir.resolve("l.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path large = Files.write(dir.resolve("big.txt"), new byte[(int) ScriptParser.MAX_BYTES + 1]);
        assertThatThrownBy(() -> parser.parse(binary)).hasMessageContaining("binary");
        assertThatThrownBy(() -> parser.parse(latin1)).hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> parser.parse(large)).hasMessageContaining("limit is 2 MiB");
        assertThatThrownBy(() -> parser.parse(dir.resolve("missing.txt"))).hasMessageContaining("no such file");
        assertThatThrownBy(() -> parser.parse(dir)).hasMessageContaining("is a folder, not a file");
    }
}
