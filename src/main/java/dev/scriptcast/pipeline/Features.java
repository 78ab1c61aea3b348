package dev.scriptcast.pipeline;

import dev.scriptcast.config.ConfigValues;
import java.util.List;

/** Requested features this build cannot deliver yet: accepted, announced and listed in the report. */
final class Features {
    private Features() {}

    static List<String> unavailable(ConfigValues config) {
        return List.of();
    }
}
