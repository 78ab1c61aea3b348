package dev.scriptcast.cli;

import dev.scriptcast.base.ByteSize;
import dev.scriptcast.base.InputException;
import dev.scriptcast.cache.CacheFolder;
import dev.scriptcast.cache.CacheUsage;
import dev.scriptcast.cache.Removal;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.pipeline.WorkDir;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code scriptcast cache}: what the render cache holds, and pruning or clearing it. */
@Command(name = "cache", mixinStandardHelpOptions = true, subcommands = {CacheCommand.Prune.class,
    CacheCommand.Clear.class}, description = {"Show what the render cache holds: spoken sentences and encoded video "
        + "segments, entries and size of each.", "The folder is work.dir from the config file, else "
        + "$XDG_CACHE_HOME/scriptcast, else ~/.cache/scriptcast."})
final class CacheCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "config file whose work.dir to use (default: ./scriptcast.yaml if present)")
    Path configFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CacheFolder cache = new CacheFolder(WorkDir.of(config()));
        if (!Files.isDirectory(cache.root())) {
            out.println(cache.root() + ": empty (nothing cached yet)");
        } else {
            CacheUsage usage = usage(cache);
            out.println(cache.root());
            for (CacheUsage.Kind kind : usage.kinds()) {
                out.println(kind.linkRefused()
                        ? "  %-11s a symbolic link: not followed, not counted".formatted(kind.kind().folderName())
                        : row(kind.kind().folderName(), kind.entries(), kind.bytes()));
            }
            out.println(row("total", usage.entries(), usage.bytes()));
        }
        out.flush();
        return 0;
    }

    ConfigValues config() {
        return ConfigFile.read(configFile);
    }

    private static String row(String name, int entries, long bytes) {
        return "  %-11s %6d %-7s %10s".formatted(name, entries, entries == 1 ? "entry" : "entries",
                ByteSize.format(bytes));
    }

    private static String entries(int count, long bytes) {
        return count + (count == 1 ? " entry" : " entries") + " (" + ByteSize.format(bytes) + ")";
    }

    private static CacheUsage usage(CacheFolder cache) {
        return io(cache, cache::usage);
    }

    private interface Io<T> {
        T run() throws IOException;
    }

    /** A folder that cannot be read or changed is the user's to fix: one line, exit 2. */
    private static <T> T io(CacheFolder cache, Io<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            String reason = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.toString();
            throw new InputException(cache.root() + ": cannot read or change the cache folder (" + reason + ")", e);
        }
    }

    /** Prints what a removal took and what is left; a folder not there yet is empty, not an error. */
    private static void report(PrintWriter out, CacheFolder cache, Io<Removal> removal) {
        if (!Files.isDirectory(cache.root())) {
            out.println(cache.root() + ": empty, nothing to remove");
        } else {
            Removal removed = io(cache, removal);
            CacheUsage left = usage(cache);
            out.println("removed " + entries(removed.entries(), removed.bytes()) + " from " + cache.root() + "; "
                    + entries(left.entries(), left.bytes()) + " left");
        }
        out.flush();
    }

    @Command(name = "prune", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Remove cache entries, least recently used first.",
                "With neither option, prunes to cache.max_size from the config file."})
    static final class Prune implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        CacheCommand parent;

        @Option(names = "--older-than", paramLabel = "AGE", converter = AgeConverter.class,
                description = "remove entries not used for this long: 30d, 12h or 90m")
        Duration olderThan;

        @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
                description = "then remove the least recently used until the cache holds at most this: 500MB, 2GB "
                        + "(1 KB = 1024 B)")
        Long maxSize;

        @Override
        public Integer call() {
            ConfigValues config = parent.config();
            String configured = config.string("cache.max_size");
            if (olderThan == null && maxSize == null && configured == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "give --older-than, --max-size or both (or set cache.max_size in the config file)");
            }
            OptionalLong cap = maxSize != null ? OptionalLong.of(maxSize)
                    : olderThan == null ? OptionalLong.of(ByteSize.parse(configured)) : OptionalLong.empty();
            CacheFolder cache = new CacheFolder(WorkDir.of(config));
            report(spec.commandLine().getOut(), cache, () -> {
                Removal removed = olderThan == null ? Removal.NONE : cache.pruneOlderThan(olderThan);
                return cap.isEmpty() ? removed : removed.plus(cache.pruneToSize(cap.getAsLong()));
            });
            return 0;
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true,
            description = "Remove every cache entry; files in the folder that are not the cache's stay.")
    static final class Clear implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        CacheCommand parent;

        @Override
        public Integer call() {
            CacheFolder cache = new CacheFolder(WorkDir.of(parent.config()));
            report(spec.commandLine().getOut(), cache, cache::clear);
            return 0;
        }
    }

    /** {@code 30d}, {@code 12h}, {@code 90m}: days, hours or minutes. */
    static final class AgeConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern AGE = Pattern.compile("(\\d{1,6})\\s*([dhm])");
        private static final Map<String, ChronoUnit> UNITS = Map.of("d", ChronoUnit.DAYS, "h", ChronoUnit.HOURS,
                "m", ChronoUnit.MINUTES);

        @Override
        public Duration convert(String text) {
            Matcher m = AGE.matcher(text.strip());
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("must be an age like 30d, 12h or 90m (got " + text + ")");
            }
            return Duration.of(Long.parseLong(m.group(1)), UNITS.get(m.group(2)));
        }
    }

    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                return ByteSize.parse(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
