package dev.scriptcast.cli;

import dev.scriptcast.config.ConfigValues;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library names settings by their config keys ("music.path"); on the command line the user reads the flag
 * instead ("--music"), unless the setting came from a config file or front matter, where the key is what they
 * wrote.
 */
final class FlagMentions {
    private FlagMentions() {}

    /** {@code flagsByKey}: each key that has a flag, e.g. "music.path" → "--music". */
    static String rewrite(String message, ConfigValues config, Map<String, String> flagsByKey) {
        String result = message;
        for (var entry : flagsByKey.entrySet()) {
            String key = entry.getKey();
            String origin = config.origin(key);
            boolean fromFile = origin != null && !origin.startsWith("-") && !origin.equals("default");
            if (key.contains(".") && !fromFile) {
                result = Pattern.compile("(?<![\\w.-])" + Pattern.quote(key) + "(?![\\w.])").matcher(result)
                        .replaceAll(Matcher.quoteReplacement(entry.getValue()));
            }
        }
        return result;
    }
}
