package dev.scriptcast.cli;

import dev.scriptcast.base.InputException;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.pipeline.RenderRequest;
import dev.scriptcast.pipeline.RenderResult;
import dev.scriptcast.pipeline.Scriptcast;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scriptcast render SCRIPT}: every flag maps to one config key; flags override the config file and the
 * script's front matter.
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Render a script (UTF-8 text or Markdown) into an MP4 presenter video.")
final class RenderCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Parameters(paramLabel = "SCRIPT", description = "the script file, or - to read it from standard input")
    Path script;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.mp4",
            description = "output video: .mp4, .mov, .mkv or .webm (default: SCRIPT.mp4; required when SCRIPT is -)")
    Path output;

    @Mixin
    RenderFlags flags = new RenderFlags();

    @Option(names = "--report", paramLabel = "DIR", description = "report folder (default: OUT.report)")
    Path report;

    @Override
    public Integer call() throws Exception {
        ConfigValues config = config();
        Optional<ThirdPartyLog> log = main != null && main.ownsProcess ? ThirdPartyLog.capture() : Optional.empty();
        ConsoleProgress progress = new ConsoleProgress(config.flag("quiet"),
                log.map(ThirdPartyLog::terminal).orElse(spec.commandLine().getErr()));
        try (StandardInputScript input = StandardInputScript.readIfAsked(script, output)) {
            RenderResult result = DiscardOnExit.run(() -> Scriptcast.render(new RenderRequest(input.path(), config),
                    progress));
            progress.done(result, log.flatMap(ThirdPartyLog::finish));
        } catch (InputException e) {
            throw new InputException(FlagMentions.rewrite(e.getMessage(), config, flags.flagsByKey()), e);
        } finally {
            log.ifPresent(ThirdPartyLog::close);
        }
        return 0;
    }

    /** The shared flags' settings, then this command's own output flags. */
    ConfigValues config() {
        ConfigValues config = flags.config();
        flags.set(config, "output", output, "-o");
        flags.set(config, "report.dir", report, "--report");
        return config;
    }
}
