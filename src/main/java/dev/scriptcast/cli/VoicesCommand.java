package dev.scriptcast.cli;

import dev.scriptcast.base.InputException;
import dev.scriptcast.speech.SpeechEngine;
import dev.scriptcast.speech.SpeechEngines;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scriptcast voices}: the voice names {@code speech.voice} accepts, per speech engine. */
@Command(name = "voices", mixinStandardHelpOptions = true,
        description = "List the speech engines and the voices each offers (for speech.voice).")
final class VoicesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--tts-engine", paramLabel = "NAME", description = "only this engine")
    String engine;

    /** An unknown or unavailable engine named with --tts-engine is an input error (exit 2). */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> names = engine != null ? List.of(engine)
                : StreamSupport.stream(SpeechEngines.names().spliterator(), false).toList();
        for (String name : names) {
            String availability = SpeechEngines.availability(name);
            if (engine == null && !availability.equals("ok")) {
                out.printf("%s: %s%n", name, availability);
                continue;
            }
            SpeechEngine speech;
            try {
                speech = SpeechEngines.create(name);
            } catch (InputException e) {
                throw new InputException(e.getMessage().replace("speech.engine", "--tts-engine"), e);
            }
            out.printf("%s:%n", name);
            for (String voice : speech.voices()) {
                out.printf("  %s%s%n", voice, voice.equals(speech.defaultVoice()) ? " (default)" : "");
            }
        }
        out.flush();
        return 0;
    }
}
