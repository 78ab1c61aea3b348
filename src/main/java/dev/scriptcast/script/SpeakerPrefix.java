package dev.scriptcast.script;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code NAME:} at the start of a script line, where NAME is a declared speaker in any case; the colon is
 * followed by a space or the line's end, so "10:30" or "http://" never match. An undeclared name ("Note: …") is
 * ordinary text.
 */
final class SpeakerPrefix {
    private static final Pattern PREFIX = Pattern.compile("^\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}_-]*)\\s*:(?:\\s+|$)");

    /** The declared speaker's name, as declared, and where the spoken text of the line starts. */
    record Match(String speaker, int textStart) {}

    private final Map<String, String> declared = new LinkedHashMap<>();

    SpeakerPrefix(Collection<String> speakers) {
        speakers.forEach(name -> declared.put(name.toLowerCase(Locale.ROOT), name));
    }

    /** The speaker whose turn {@code line} starts, or null. */
    Match find(String line) {
        if (declared.isEmpty()) {
            return null;
        }
        Matcher m = PREFIX.matcher(line);
        if (!m.find()) {
            return null;
        }
        String speaker = declared.get(m.group(1).toLowerCase(Locale.ROOT));
        return speaker == null ? null : new Match(speaker, m.end());
    }
}
