package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --quiet} hides progress, never a notice that a request was changed, and every notice is in the report;
 * what native libraries and MaryTTS print goes to the run's log file, never to the terminal.
 */
class QuietRenderTest {
    private static final Pattern LOG_LINE = Pattern.compile("third-party messages in (\\S+)");

    @TempDir
    Path dir;

    private record Exit(int code, String err) {}

    private Path config() throws IOException {
        return Files.writeString(dir.resolve("c.yaml"), "work:\n  dir: " + dir.resolve("cache") + "\n");
    }

    @Test
    void aRoundedSizeIsShownUnderQuietAndRecordedInTheReport() throws Exception {
        Path script = Files.writeString(dir.resolve("talk.txt"), "Hello there.\n");

        CliRun run = CliRun.of("render", script.toString(), "--config", config().toString(), "--tts-engine", "espeak",
                "--skip-music", "--size", "321x181", "--fps", "10", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.errLines().getFirst()).contains("rounded to 322x182");
        assertThat(Files.readString(dir.resolve("talk.report/metrics.json"))).contains("rounded to 322x182");
        assertThat(Files.readString(dir.resolve("talk.report/report.md"))).contains("rounded to 322x182");
    }

    @Test
    void libpngWarningsGoToTheLogFileNotTheTerminal() throws Exception {
        Path script = Files.writeString(dir.resolve("talk.txt"), "Hello there.\n");
        Path background = pngWithBrokenColourProfile(dir.resolve("bg.png"));

        Exit run = render("render", script.toString(), "--config", config().toString(), "--tts-engine", "espeak",
                "--skip-music", "--size", "256x144", "--fps", "10", "--background", background.toString(), "--quiet");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(dir.resolve("talk.mp4")).isNotEmptyFile();
        assertThat(Files.readString(logFile(run, script))).contains("libpng warning");
    }

    @Test
    void withoutQuietTheFinalLineNamesTheLogAndTheTerminalGetsNoThirdPartyLine() throws Exception {
        Path script = Files.writeString(dir.resolve("talk.txt"), "Hello there.\n");
        Path background = pngWithBrokenColourProfile(dir.resolve("bg.png"));

        Exit run = render("render", script.toString(), "--config", config().toString(), "--tts-engine", "espeak",
                "--skip-music", "--size", "256x144", "--fps", "10", "--background", background.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("libpng").contains("wrote " + dir.resolve("talk.mp4"));
        Matcher named = LOG_LINE.matcher(run.err());
        assertThat(named.find()).as(run.err()).isTrue();
        assertThat(Files.readString(Path.of(named.group(1)))).contains("libpng warning");
    }

    @Test
    void maryErrorsOnHebrewAndArabicGoToTheLogFileNotTheTerminal() throws Exception {
        Path script = Files.writeString(dir.resolve("talk.txt"), "Hello שלום and مرحبا, my friends.\n");

        Exit run = render("render", script.toString(), "--config", config().toString(), "--tts-engine", "mary",
                "--skip-music", "--size", "256x144", "--fps", "10", "--quiet");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(logFile(run, script))).containsIgnoringCase("mary");
    }

    /** The log the run named: the quiet run names it nowhere on the terminal, so the test finds it by its run. */
    private Path logFile(Exit run, Path script) throws IOException {
        Matcher named = LOG_LINE.matcher(run.err());
        if (named.find()) {
            return Path.of(named.group(1));
        }
        Path logs = dir.resolve("tmp/scriptcast-logs");
        try (var files = Files.list(logs)) {
            List<Path> all = files.filter(p -> p.getFileName().toString().startsWith("render-")).toList();
            assertThat(all).as("one render log in " + logs).hasSize(1);
            return all.getFirst();
        }
    }

    private Exit render(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(java, "@" + Path.of("scripts/jvm.options").toAbsolutePath(),
                "-Dlog4j2.level=ERROR", "-Dlog4j.logger.marytts=ERROR,stderr", "-Djava.io.tmpdir=" + dir.resolve("tmp"),
                "-cp", classpath, "dev.scriptcast.cli.Main"));
        command.addAll(List.of(args));
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Exit(p.exitValue(), Files.readString(err));
    }

    /** A PNG whose embedded colour profile is not a valid ICC profile: libpng warns about it while decoding. */
    private static Path pngWithBrokenColourProfile(Path file) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB), "png", plain);
        byte[] png = plain.toByteArray();
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        ByteArrayOutputStream profile = new ByteArrayOutputStream();
        profile.writeBytes("sRGB".getBytes(StandardCharsets.ISO_8859_1));
        profile.write(0);
        profile.write(0);
        profile.writeBytes(deflate(new byte[132]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk("iCCP", profile.toByteArray()));
        out.write(png, afterHeader, png.length - afterHeader);
        return Files.write(file, out.toByteArray());
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[1024];
        int n = deflater.deflate(buffer);
        deflater.end();
        return java.util.Arrays.copyOf(buffer, n);
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue())
                .array();
    }
}
