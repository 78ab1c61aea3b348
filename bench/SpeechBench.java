import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.script.Script;
import dev.scriptcast.script.ScriptParser;
import dev.scriptcast.speech.Narration;
import dev.scriptcast.speech.Narrator;
import dev.scriptcast.speech.SpeechEngine;
import dev.scriptcast.speech.SpeechEngines;
import dev.scriptcast.speech.VoiceSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Speech benchmark: real-time factor of each engine on the example scripts, and whether synthesising
 * paragraphs in parallel helps. Run with bench/speech.sh; see bench/README.md.
 */
public class SpeechBench {
    private static final int RUNS = Integer.getInteger("runs", 3);

    public static void main(String[] args) throws Exception {
        List<Path> scripts;
        try (var files = Files.list(Path.of("examples"))) {
            scripts = files.filter(p -> p.toString().matches(".*\\.(txt|md)$")).sorted().toList();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("cores=%d  runs=%d (best of)  load average=%s%n%n", cores, RUNS,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        System.out.printf("%-8s %-16s %7s %7s %9s %9s %10s%n",
                "engine", "script", "threads", "words", "audio s", "wall s", "× realtime");
        for (String name : SpeechEngines.names()) {
            if (!SpeechEngines.availability(name).equals("ok")) {
                System.out.printf("%-8s %s%n", name, SpeechEngines.availability(name));
                continue;
            }
            SpeechEngine engine = SpeechEngines.create(name);
            VoiceSettings voice = new VoiceSettings(name, engine.defaultVoice(), 1.0, 1.0, 1.0);
            for (Path file : scripts) {
                Script script = new ScriptParser(600).parse(file);
                new Narrator(engine, voice, ThreadBudget.of(1)).narrate(script, done -> { });
                for (int threads : List.of(1, 2)) {
                    long best = Long.MAX_VALUE;
                    Narration narration = null;
                    for (int run = 0; run < RUNS; run++) {
                        long start = System.nanoTime();
                        narration = new Narrator(engine, voice, ThreadBudget.of(threads)).narrate(script, done -> { });
                        best = Math.min(best, System.nanoTime() - start);
                    }
                    double audioS = narration.audio().durationSeconds();
                    double wallS = best / 1e9;
                    System.out.printf("%-8s %-16s %7d %7d %9.1f %9.3f %10.1f%n", name, file.getFileName(), threads,
                            narration.words().size(), audioS, wallS, audioS / wallS);
                }
            }
        }
    }
}
