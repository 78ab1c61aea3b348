package dev.scriptcast.pipeline;

import dev.scriptcast.config.ConfigValues;
import java.util.ArrayList;
import java.util.List;

/** Requested features this build cannot deliver yet: accepted, announced and listed in the report. */
final class Features {
    private Features() {}

    static List<String> unavailable(ConfigValues config) {
        List<String> out = new ArrayList<>();
        if (config.flag("visualizer.enabled")) {
            out.add("audio visualiser (--visualize)");
        }
        if (config.flag("captions.burn")) {
            out.add("burned-in captions (captions.burn)");
        }
        return out;
    }
}
