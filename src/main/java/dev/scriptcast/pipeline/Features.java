package dev.scriptcast.pipeline;

import dev.scriptcast.config.ConfigValues;
import java.util.ArrayList;
import java.util.List;

/** Requested features this build cannot deliver yet: accepted, announced and listed in the report. */
final class Features {
    private Features() {}

    static List<String> unavailable(ConfigValues config) {
        List<String> out = new ArrayList<>();
        if (config.path("music.path") != null && !config.flag("music.skip")) {
            out.add("music (--music)");
        }
        if (config.flag("avatar.enabled") && config.path("avatar.lipsync_model") == null) {
            out.add("animated presenter (--avatar draws a still placeholder)");
        }
        if (config.path("avatar.image") != null && config.path("avatar.lipsync_model") == null) {
            out.add("photo avatar without a lip-sync model (avatar.image)");
        }
        if (config.flag("visualizer.enabled")) {
            out.add("audio visualiser (--visualize)");
        }
        if (config.flag("captions.burn")) {
            out.add("burned-in captions (captions.burn)");
        }
        if (config.flag("captions.files")) {
            out.add("caption files (captions.files)");
        }
        return out;
    }
}
