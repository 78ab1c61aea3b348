package dev.scriptcast.cli;

import dev.scriptcast.config.ConfigKey;
import dev.scriptcast.config.ConfigKeys;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scriptcast config}: every setting a config file or front matter may hold, with type, default and range. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "List every config key with its type, default and accepted values.")
final class ConfigCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = ConfigKeys.ALL.stream().mapToInt(k -> k.name().length()).max().orElse(0);
        String row = "%-" + width + "s  %-11s  %-12s  %s%n";
        out.printf(row, "KEY", "TYPE", "DEFAULT", "MEANING (ACCEPTED VALUES)");
        for (ConfigKey key : ConfigKeys.ALL) {
            out.printf(row, key.name(), key.type().name().toLowerCase(Locale.ROOT),
                    key.defaultValue() == null ? "-" : key.defaultValue(),
                    key.help() + (key.accepts().isEmpty() ? "" : " (" + key.accepts() + ")"));
        }
        out.flush();
        return 0;
    }
}
