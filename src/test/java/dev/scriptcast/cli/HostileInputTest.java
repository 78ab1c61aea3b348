package dev.scriptcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input, one row each: the script and files a case sets up, the command line, and what a user must see
 * (the exit code, at most so many lines on stderr naming the problem, no stack trace) and must keep (their files,
 * byte for byte). {@code {dir}} in arguments is the case's own folder; the script is {@code {dir}/talk.txt}.
 * To add a case, add a row to {@link #cases()}.
 */
class HostileInputTest {
    /** Quick renders: the fast engine, a small frame, a speech cache inside the case's folder. */
    private static final List<String> QUICK = List.of("--tts-engine", "espeak", "--size", "320x180", "--quiet",
            "--config", "{dir}/quick.yaml");

    /** The name of the folder {@link #frozenFolder} makes read-only; the test makes it writable again. */
    private static final String FROZEN = "frozen";

    @TempDir
    Path dir;

    /** Prepares a case's folder beyond the script: other files, pipes, an earlier run. */
    interface Setup {
        void in(Path dir) throws Exception;
    }

    record Case(String name, String script, Setup setup, List<String> args, int exitCode, int maxErrLines,
                List<String> errMentions, List<String> unchanged) {
        static Case of(String name, String script) {
            return new Case(name, script, d -> { }, List.of("render", "{dir}/talk.txt"), 0, 0, List.of(),
                    List.of("talk.txt"));
        }

        Case setup(Setup more) {
            Setup first = setup;
            return new Case(name, script, d -> { first.in(d); more.in(d); }, args, exitCode, maxErrLines, errMentions, unchanged);
        }

        Case args(String... extra) {
            List<String> all = new ArrayList<>(args);
            all.addAll(List.of(extra));
            return new Case(name, script, setup, all, exitCode, maxErrLines, errMentions, unchanged);
        }

        /** Bad input: exit 2 and exactly one line containing each of {@code mentions}. */
        Case refused(String... mentions) {
            return new Case(name, script, setup, args, 2, 1, List.of(mentions), unchanged);
        }

        /** Rendered, with exactly one line on stderr containing each of {@code mentions}, even under --quiet. */
        Case notice(String... mentions) {
            return new Case(name, script, setup, args, 0, 1, List.of(mentions), unchanged);
        }

        /** Renders {@code script} (e.g. "{dir}/talk.srt") instead of talk.txt; set it up with {@link #setup}. */
        Case rendering(String script) {
            List<String> all = new ArrayList<>(args);
            all.set(1, script);
            return new Case(name, script(), setup, all, exitCode, maxErrLines, errMentions, unchanged);
        }

        Case keeps(String... files) {
            List<String> all = new ArrayList<>(unchanged);
            all.addAll(List.of(files));
            return new Case(name, script, setup, args, exitCode, maxErrLines, errMentions, all);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // issue 11 item 9: a pipe given as an input file must not block the run
                Case.of("script is a FIFO", null).setup(fifo("talk.txt")).refused("talk.txt: is not a regular file"),
                Case.of("config is a FIFO", "Hello.").setup(fifo("c.yaml")).args("--config", "{dir}/c.yaml")
                        .refused("c.yaml: is not a regular file"),
                Case.of("music is a FIFO", "Hello.").setup(fifo("song.mp3")).args("--music", "{dir}/song.mp3")
                        .refused("song.mp3: is not a regular file"),
                Case.of("background is a FIFO", "Hello.").setup(fifo("bg.png")).args("--background", "{dir}/bg.png")
                        .refused("bg.png: is not a regular file"),
                Case.of("avatar image is a FIFO", "Hello.").setup(fifo("face.png"))
                        .args("--avatar-image", "{dir}/face.png", "--lipsync-model", "{dir}/m.onnx")
                        .refused("face.png: is not a regular file"),
                Case.of("lip-sync model is a FIFO", "Hello.").setup(fifo("m.onnx")).setup(picture("face.png"))
                        .args("--avatar-image", "{dir}/face.png", "--lipsync-model", "{dir}/m.onnx")
                        .refused("m.onnx: is not a regular file").keeps("face.png"),
                // item 23: a folder is named as one, not as a missing file
                Case.of("script is a folder", null).setup(folder("talk.txt")).refused("talk.txt: is a folder, not a file"),
                Case.of("config is a folder", "Hello.").setup(folder("conf")).args("--config", "{dir}/conf")
                        .refused("conf: is a folder, not a file"),
                Case.of("background is a folder", "Hello.").setup(folder("pics")).args("--background", "{dir}/pics")
                        .refused("pics: is a folder, not a file"),
                Case.of("music is a folder", "Hello.").setup(folder("tunes")).args("--music", "{dir}/tunes")
                        .refused("tunes: is a folder, not a file"),
                // item 7: limits checked before any speech is made
                Case.of("a pause of 11 days", "Hello. [pause 999999s] Bye.").refused("talk.txt:1:", "limits.max_pause_ms"),
                Case.of("10,000 one-word paragraphs", "Word.\n\n".repeat(10_000)).refused("limits.max_paragraphs"),
                Case.of("narration over the duration limit", "Hello there, this is more than two seconds of speech.")
                        .setup(file("short.yaml", "limits:\n  max_duration_s: 2\n")).args("--config", "{dir}/short.yaml")
                        .refused("talk.txt:1: the narration would last over 2 s").keeps("short.yaml"),
                // item 13: numbers too long for a count are read, not a crash
                Case.of("20-digit ordinal and money", "The 99999999999999999999th time. It cost $99999999999999999999.")
                        .args(QUICK.toArray(String[]::new)),
                // items 6 and 14: a damaged speech-cache entry is spoken again, not an error on every run
                Case.of("cache entry with bytes 8-11 set to ff", "Hello there.")
                        .args(QUICK.toArray(String[]::new))
                        .setup(d -> render(d, QUICK))
                        .setup(d -> damageCache(d, 8, new byte[] {-1, -1, -1, -1})),
                Case.of("cache entry with one payload byte flipped", "Hello there.")
                        .args(QUICK.toArray(String[]::new))
                        .setup(d -> render(d, QUICK))
                        .setup(d -> damageCache(d, 100, new byte[] {0x5a})),
                // item 19: --quiet hides progress, never that a request was changed
                Case.of("odd frame size under --quiet", "Hello.")
                        .args("--tts-engine", "espeak", "--size", "321x181", "--quiet", "--config", "{dir}/quick.yaml")
                        .notice("video size 321x181 rounded to 322x182"),
                // item 24: a paragraph MaryTTS cannot pronounce a word of is named, not an internal error
                Case.of("Hebrew and Arabic only, spoken by Mary", "שלום עולם. مرحبا بالعالم.")
                        .args("--tts-engine", "mary", "--size", "320x180", "--quiet", "--config", "{dir}/quick.yaml")
                        .refused("talk.txt:1:", "espeak"),
                // issue 11 item 1: the output is compared with the script as a file, not as a path
                Case.of("-o through a symlinked folder is the script", "Hello there.").setup(symlink("alias", "."))
                        .args("-o", "{dir}/alias/talk.txt").refused("alias/talk.txt: is the script"),
                Case.of("-o through a symlinked folder is an .mp4 script", null).setup(file("s.mp4", "Hello there.\n"))
                        .setup(symlink("alias", ".")).rendering("{dir}/s.mp4").args("-o", "{dir}/alias/s.mp4")
                        .args(QUICK.toArray(String[]::new)).refused("alias/s.mp4: is the script").keeps("s.mp4"),
                Case.of("-o is a hard link to the script", null).setup(file("s.mp4", "Hello there.\n"))
                        .setup(hardLink("h.mp4", "s.mp4")).rendering("{dir}/s.mp4").args("-o", "{dir}/h.mp4")
                        .args(QUICK.toArray(String[]::new)).refused("h.mp4: is the script").keeps("s.mp4", "h.mp4"),
                // item 2: every other input is protected too
                Case.of("-o is the music", "Hello there.").setup(earlierVideo("song.mp4"))
                        .args(QUICK.toArray(String[]::new)).args("--music", "{dir}/song.mp4", "-o", "{dir}/song.mp4")
                        .refused("song.mp4: is the --music file").keeps("song.mp4"),
                Case.of("-o is the background video", "Hello there.").setup(earlierVideo("bg.mp4"))
                        .args(QUICK.toArray(String[]::new)).args("--background", "{dir}/bg.mp4", "-o", "{dir}/bg.mp4")
                        .refused("bg.mp4: is the --background file").keeps("bg.mp4"),
                Case.of("-o is the config file", "Hello there.").setup(file("c.mkv", "video:\n  fps: 24\n"))
                        .args("--tts-engine", "espeak", "--size", "320x180", "--config", "{dir}/c.mkv", "-o", "{dir}/c.mkv")
                        .refused("c.mkv: is the config file").keeps("c.mkv"),
                Case.of("-o is the avatar image", "Hello there.").setup(picture("face.mov"))
                        .args("--avatar-image", "{dir}/face.mov", "-o", "{dir}/face.mov")
                        .refused("face.mov: is the --avatar-image file").keeps("face.mov"),
                Case.of("-o is the avatar video", "Hello there.").setup(file("clip.mp4", "a clip"))
                        .setup(file("m.onnx", "a model"))
                        .args("--avatar-video", "{dir}/clip.mp4", "--lipsync-model", "{dir}/m.onnx", "-o", "{dir}/clip.mp4")
                        .refused("clip.mp4: is the --avatar-video file").keeps("clip.mp4", "m.onnx"),
                Case.of("-o is the lip-sync model", "Hello there.").setup(file("m.webm", "a model"))
                        .setup(picture("face.png"))
                        .args("--avatar-image", "{dir}/face.png", "--lipsync-model", "{dir}/m.webm", "-o", "{dir}/m.webm")
                        .refused("m.webm: is the --lipsync-model file").keeps("m.webm", "face.png"),
                // item 3: the captions and report files beside the video are outputs too
                Case.of("script named like the captions", null).setup(file("talk.srt", "Hello there.\n"))
                        .rendering("{dir}/talk.srt").args(QUICK.toArray(String[]::new))
                        .refused("talk.srt beside the video: is the script").keeps("talk.srt"),
                Case.of("script named like the web captions", null).setup(file("talk.vtt", "Hello there.\n"))
                        .rendering("{dir}/talk.vtt").args(QUICK.toArray(String[]::new))
                        .refused("talk.vtt beside the video: is the script").keeps("talk.vtt"),
                Case.of("script is report.md in the report folder", null).setup(file("report.md", "Hello there.\n"))
                        .rendering("{dir}/report.md").args(QUICK.toArray(String[]::new)).args("--report", "{dir}")
                        .refused("report.md: is the script").keeps("report.md"),
                // item 4: an output that is not a regular file is refused, never replaced
                Case.of("-o is a FIFO", "Hello there.").setup(fifo("out.mp4")).args("-o", "{dir}/out.mp4")
                        .refused("out.mp4: is not a regular file"),
                Case.of("-o is a link to a device", "Hello there.").setup(symlink("null.mp4", "/dev/null"))
                        .args("-o", "{dir}/null.mp4").refused("null.mp4: is not a regular file"),
                Case.of("captions file is a FIFO", "Hello there.").setup(fifo("talk.srt"))
                        .refused("talk.srt beside the video: is not a regular file"),
                Case.of("report folder is a FIFO", "Hello there.").setup(fifo("r")).args("--report", "{dir}/r")
                        .refused("r: is not a folder"),
                // item 20: an unwritable output folder is named with the system's reason, before any speech
                Case.of("output name over 255 bytes", "Hello there.").args("-o", "{dir}/" + "a".repeat(256) + ".mp4")
                        .refused("cannot write in", "File name too long"),
                Case.of("output name of 248 bytes is written", "Hello there.").args(QUICK.toArray(String[]::new))
                        .args("-o", "{dir}/" + "a".repeat(244) + ".mp4"),
                Case.of("output folder is read-only", "Hello there.").setup(frozenFolder())
                        .args("-o", "{dir}/" + FROZEN + "/talk.mp4").refused("cannot write in", FROZEN, "not permitted"),
                Case.of("report folder is read-only", "Hello there.").setup(frozenFolder())
                        .args("--report", "{dir}/" + FROZEN).refused("cannot write in the report folder", "not permitted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void hostileInputIsHandled(Case c) throws Exception {
        Files.writeString(dir.resolve("quick.yaml"), "work:\n  dir: " + dir.resolve("cache") + "\n");
        if (c.script() != null) {
            Files.writeString(dir.resolve("talk.txt"), c.script() + "\n");
        }
        c.setup().in(dir);
        Map<String, String> before = digests(c.unchanged());
        List<String> fifos = fifos();

        CliRun run;
        try {
            run = CliRun.of(c.args().stream().map(a -> a.replace("{dir}", dir.toString())).toArray(String[]::new));
        } finally {
            if (Files.isDirectory(dir.resolve(FROZEN))) {
                assertThat(new ProcessBuilder("chattr", "-i", dir.resolve(FROZEN).toString()).start().waitFor()).isZero();
            }
        }

        assertThat(run.exitCode()).as(run.err()).isEqualTo(c.exitCode());
        assertThat(run.errLines()).as(run.err()).hasSizeLessThanOrEqualTo(c.maxErrLines());
        c.errMentions().forEach(mention -> assertThat(run.err()).as(run.err()).contains(mention));
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "internal error");
        assertThat(digests(c.unchanged())).isEqualTo(before);
        assertThat(fifos()).isEqualTo(fifos);
        if (c.exitCode() == 0) {
            int o = c.args().indexOf("-o");
            assertThat(o < 0 ? dir.resolve("talk.mp4") : Path.of(c.args().get(o + 1).replace("{dir}", dir.toString())))
                    .isNotEmptyFile();
        }
    }

    private static Setup fifo(String name) {
        return d -> {
            Process mkfifo = new ProcessBuilder("mkfifo", d.resolve(name).toString()).start();
            assertThat(mkfifo.waitFor()).isZero();
        };
    }

    /** A folder nobody may write in, root included ({@code chattr +i}; root ignores permission bits). */
    private static Setup frozenFolder() {
        return d -> {
            Files.createDirectory(d.resolve(FROZEN));
            assertThat(new ProcessBuilder("chattr", "+i", d.resolve(FROZEN).toString()).start().waitFor()).isZero();
        };
    }

    private static Setup symlink(String name, String target) {
        return d -> Files.createSymbolicLink(d.resolve(name), Path.of(target));
    }

    private static Setup hardLink(String name, String existing) {
        return d -> Files.createLink(d.resolve(name), d.resolve(existing));
    }

    /** A video with sound from an earlier quick render, usable as music or a background. */
    private static Setup earlierVideo(String name) {
        return d -> {
            render(d, QUICK);
            Files.move(d.resolve("talk.mp4"), d.resolve(name));
        };
    }

    /** The names of the pipes in the case's folder: an output must never replace one. */
    private List<String> fifos() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> Files.exists(p) && !Files.isRegularFile(p) && !Files.isDirectory(p))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Setup picture(String name) {
        return d -> ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", d.resolve(name).toFile());
    }

    private static Setup folder(String name) {
        return d -> Files.createDirectories(d.resolve(name).resolve("inside"));
    }

    private static Setup file(String name, String content) {
        return d -> Files.writeString(d.resolve(name), content);
    }

    private static void render(Path d, List<String> flags) {
        List<String> args = new ArrayList<>(List.of("render", d.resolve("talk.txt").toString()));
        flags.forEach(f -> args.add(f.replace("{dir}", d.toString())));
        CliRun first = CliRun.of(args.toArray(String[]::new));
        assertThat(first.exitCode()).as(first.err()).isZero();
    }

    /** Overwrites bytes at {@code offset} in every speech-cache entry, as a bad disk or a killed copy would. */
    private static void damageCache(Path d, int offset, byte[] bytes) throws IOException {
        try (Stream<Path> entries = Files.list(d.resolve("cache/speech"))) {
            List<Path> found = entries.filter(p -> p.toString().endsWith(".speech")).toList();
            assertThat(found).isNotEmpty();
            for (Path entry : found) {
                byte[] content = Files.readAllBytes(entry);
                ByteBuffer.wrap(content).put(offset, bytes);
                Files.write(entry, content);
            }
        }
    }

    /** Content hashes of the named files that are regular files (a pipe cannot be read without blocking). */
    private Map<String, String> digests(List<String> names) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                out.put(name, HexFormat.of().formatHex(sha));
            }
        }
        return out;
    }
}
