package dev.scriptcast.cli;

import dev.scriptcast.compose.Encoders;
import dev.scriptcast.speech.SpeechEngines;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scriptcast doctor}: what this machine can do, found by trying rather than assuming. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Show Java, cores, FFmpeg, which video encoders open here, GPU and speech engines.")
final class DoctorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Java:      " + Runtime.version() + " (" + System.getProperty("java.home") + ")");
        out.println("Cores:     " + Runtime.getRuntime().availableProcessors());
        out.println("FFmpeg:    " + org.bytedeco.ffmpeg.global.avutil.av_version_info().getString());
        out.println("GPU:       " + gpu());
        out.println("Encoders (opened with a 256x256 test frame):");
        for (Encoders.Status probe : Encoders.probe()) {
            out.printf("  %-11s %s%n", probe.name(), probe.opens() ? "ok" : "unavailable: " + probe.reason());
        }
        out.println("Speech engines:");
        for (String name : SpeechEngines.names()) {
            out.printf("  %-11s %s%n", name, SpeechEngines.availability(name));
        }
        out.flush();
        return 0;
    }

    private static String gpu() {
        Path version = Path.of("/proc/driver/nvidia/version");
        try {
            if (Files.isReadable(version)) {
                return "NVIDIA driver: " + Files.readAllLines(version).getFirst().strip();
            }
        } catch (java.io.IOException e) {
            return "NVIDIA driver present but unreadable: " + e.getMessage();
        }
        return "no NVIDIA GPU/driver found";
    }
}
