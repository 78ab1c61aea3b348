package dev.scriptcast.base;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * SnakeYAML set up for files users write: few aliases, shallow nesting, a size cap, no duplicate or recursive
 * keys. A few nested anchors otherwise expand into gigabytes.
 */
public final class SafeYaml {
    public static final int MAX_ALIASES = 20;
    public static final int MAX_NESTING = 20;
    public static final int MAX_CODE_POINTS = 2 * 1024 * 1024;

    private SafeYaml() {}

    public static Yaml create() {
        return new Yaml(new SafeConstructor(options()));
    }

    public static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        return options;
    }
}
