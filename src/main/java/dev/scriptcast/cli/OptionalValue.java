package dev.scriptcast.cli;

import java.util.Locale;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The value of an option whose value may be left out ({@code --background}, {@code --visualize}): the next
 * argument is taken as the value unless it is another option or names a script ({@code .txt}, {@code .md},
 * {@code .markdown}, or {@code -} for standard input), so {@code --background talk.txt} leaves the script
 * where it belongs.
 */
final class OptionalValue implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        boolean takeNext = !args.isEmpty() && !args.peek().startsWith("-") && !namesScript(args.peek());
        String fallback = ((picocli.CommandLine.Model.OptionSpec) argSpec).fallbackValue();
        argSpec.setValue(takeNext ? args.pop() : fallback);
    }

    static boolean namesScript(String arg) {
        String name = arg.toLowerCase(Locale.ROOT);
        return name.equals("-") || name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown");
    }
}
