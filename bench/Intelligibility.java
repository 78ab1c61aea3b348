import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import dev.scriptcast.script.Block;
import dev.scriptcast.script.Script;
import dev.scriptcast.script.ScriptParser;
import dev.scriptcast.script.Sentence;
import dev.scriptcast.speech.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * Word error rate of rendered scripts: decodes each render's sound to 16 kHz mono, has PocketSphinx transcribe it
 * and compares the words with the script as the normaliser speaks it, or with SCRIPT.spoken.txt where there is
 * one (a person's reading, which measures the normaliser too). Run by bench/intelligibility.sh with
 * OUT_DIR and rows ENGINE|VOICE|SCRIPT|VIDEO; prints the table and writes it to OUT_DIR/../.
 */
public class Intelligibility {
    private static final int RATE = 16_000;
    private static final String REFERENCES = """
            Reference "normaliser": the script as scriptcast's TextNormalizer speaks it (numbers, units, dates in \
            words); "human": SCRIPT.spoken.txt, how a person reads it, which also measures the normaliser. Both in \
            PocketSphinx's spelling; recogniser: PocketSphinx en-us; WER = word edits / reference words.

            """;
    /**
     * Words PocketSphinx's dictionary lacks or spells the American way, written as it would write them, so that a
     * voice is not charged for the recogniser's vocabulary.
     */
    private static final Map<String, String> RECOGNISER_SPELLING = Map.of("scriptcast", "script cast",
            "colour", "color", "visualiser", "visualizer", "onboarding", "on boarding", "metres", "meters",
            "kilometres", "kilometers");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        av_log_set_level(AV_LOG_ERROR);
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String when = now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        StringBuilder table = new StringBuilder();
        table.append("Intelligibility, ").append(when).append(", ").append(machine()).append('\n')
                .append(REFERENCES)
                .append("| engine | voice | script | reference | words | WER % |\n"
                        + "| --- | --- | --- | --- | ---: | ---: |\n");
        Map<String, int[]> totals = new LinkedHashMap<>();
        for (String row : Arrays.copyOfRange(args, 1, args.length)) {
            String[] f = row.split("\\|", -1);
            Path script = Path.of(f[2]);
            Path humanReading = script.resolveSibling(script.getFileName().toString().replace(".txt", ".spoken.txt"));
            boolean human = Files.exists(humanReading);
            List<String> reference = words(human ? Files.readString(humanReading) : spokenForm(script));
            int errors = errors(out, Path.of(f[3]), reference);
            table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %.1f |%n", f[0], f[1],
                    script.getFileName(), human ? "human" : "normaliser", reference.size(),
                    100.0 * errors / reference.size()));
            int[] total = totals.computeIfAbsent(f[0] + " | " + f[1], k -> new int[2]);
            total[0] += reference.size();
            total[1] += errors;
        }
        totals.forEach((voice, total) -> table.append(String.format(Locale.ROOT, "| %s | **all** | | %d | %.1f |%n",
                voice, total[0], 100.0 * total[1] / total[0])));
        System.out.print(table);
        Path file = out.getParent().resolve("intelligibility-"
                + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".md");
        Files.writeString(file, table);
        System.out.println("\nwritten to " + file);
    }

    /** Word edits between the reference and what PocketSphinx hears in the video; both kept beside it. */
    private static int errors(Path out, Path video, List<String> reference) throws Exception {
        String stem = video.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path wav = out.resolve(stem + "-16k.wav");
        writeWav(decode(video), wav);
        List<String> heard = words(recognise(wav));
        Files.writeString(out.resolve(stem + ".ref.txt"), String.join(" ", reference) + "\n");
        Files.writeString(out.resolve(stem + ".hyp.txt"), String.join(" ", heard) + "\n");
        return editDistance(reference, heard);
    }

    /** The script's sentences as the narrator hands them to the engine. */
    static String spokenForm(Path script) {
        Script parsed = new ScriptParser(0).parse(script);
        TextNormalizer normalizer = new TextNormalizer();
        StringBuilder spoken = new StringBuilder();
        for (Block.Paragraph paragraph : parsed.paragraphs()) {
            for (Sentence sentence : paragraph.sentences()) {
                spoken.append(normalizer.normalize(sentence.text()).spoken()).append(' ');
            }
        }
        return spoken.toString();
    }

    /** Lower case, hyphens as spaces ("twenty-one" is two words to the recogniser), no punctuation but apostrophes. */
    static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("[^a-z0-9' ]", " ")
                .replaceAll("(?<![a-z])'|'(?![a-z])", " ");
        return Arrays.stream(plain.strip().split("\\s+")).filter(w -> !w.isEmpty())
                .flatMap(w -> Arrays.stream(RECOGNISER_SPELLING.getOrDefault(w, w).split(" "))).toList();
    }

    static int editDistance(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int substitute = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    private static short[] decode(Path video) throws Exception {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        try (FFmpegFrameGrabber in = new FFmpegFrameGrabber(video.toFile())) {
            in.setSampleRate(RATE);
            in.setAudioChannels(1);
            in.setSampleFormat(AV_SAMPLE_FMT_S16);
            in.start();
            for (Frame frame; (frame = in.grabSamples()) != null; ) {
                ShortBuffer samples = (ShortBuffer) frame.samples[0];
                ByteBuffer bytes = ByteBuffer.allocate(samples.remaining() * 2).order(ByteOrder.LITTLE_ENDIAN);
                bytes.asShortBuffer().put(samples);
                pcm.write(bytes.array());
            }
            in.stop();
        }
        ShortBuffer all = ByteBuffer.wrap(pcm.toByteArray()).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        short[] samples = new short[all.remaining()];
        all.get(samples);
        return samples;
    }

    private static void writeWav(short[] samples, Path wav) throws Exception {
        ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(samples);
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (AudioInputStream stream = new AudioInputStream(new ByteArrayInputStream(bytes.array()), format,
                samples.length)) {
            AudioSystem.write(stream, AudioFileFormat.Type.WAVE, wav.toFile());
        }
    }

    /** PocketSphinx prints one line of words per utterance on stdout and its log on stderr. */
    private static String recognise(Path wav) throws Exception {
        Process sphinx = new ProcessBuilder("pocketsphinx_continuous", "-infile", wav.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(sphinx.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (sphinx.waitFor() != 0) {
            throw new IllegalStateException("pocketsphinx_continuous failed on " + wav);
        }
        return text;
    }

    private static String machine() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu;
    }
}
