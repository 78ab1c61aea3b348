package dev.scriptcast.pipeline;

import dev.scriptcast.base.InputException;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.visual.Backgrounds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one check that no file a render writes is a file it reads or another file it writes. Paths are compared
 * as files, not as text: symlinked folders, {@code ..} and hard links all lead to the same real file. A new
 * input or output is covered by adding it to {@link #inputs} or to {@link OutputFiles#planned}.
 */
final class OutputClash {
    /** A file the render reads: {@code what} names it for the user ("the script talk.txt"). */
    record Input(String what, Path path) {}

    /**
     * A file or folder the render writes: {@code what} names it as the user set it ("-o talk.mp4"), {@code change}
     * says what to change when it clashes ("choose another output").
     */
    record Output(String what, Path path, boolean folder, String change) {}

    private OutputClash() {}

    /** Every file a render reads: the script, config files, music, background, avatar picture, clip and model. */
    static List<Input> inputs(Path script, ConfigValues config) {
        List<Input> inputs = new ArrayList<>(List.of(new Input("the script " + script, script)));
        config.files().forEach(f -> inputs.add(new Input("the config file " + f, f)));
        if (!config.flag("music.skip")) {
            keyed(inputs, "music.path", config.path("music.path"));
        }
        keyed(inputs, "background.source", Backgrounds.file(config.string("background.source")).orElse(null));
        for (String key : List.of("avatar.image", "avatar.video", "avatar.lipsync_model")) {
            keyed(inputs, key, config.path(key));
        }
        return inputs;
    }

    private static void keyed(List<Input> inputs, String key, Path path) {
        if (path != null) {
            inputs.add(new Input("the " + key + " file " + path, path));
        }
    }

    /**
     * Refuses an output that is one of the inputs or another output, and one that exists but is not what this
     * run puts there (a file, or for a folder a folder). All outputs are listed, each once.
     */
    static void refuse(List<Input> inputs, List<Output> outputs) {
        for (int i = 0; i < outputs.size(); i++) {
            Output out = outputs.get(i);
            refuseWrongKind(out);
            for (Input in : inputs) {
                if (same(out.path(), in.path())) {
                    throw new InputException(out.what() + ": is " + in.what() + "; " + out.change());
                }
            }
            for (Output other : outputs.subList(0, i)) {
                if (same(out.path(), other.path())) {
                    throw new InputException(out.what() + ": is also " + other.what() + "; " + out.change());
                }
            }
        }
    }

    private static void refuseWrongKind(Output out) {
        String hint = out.change();
        Path p = out.path();
        if (out.folder()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new InputException(out.what() + ": is not a folder; " + hint);
            }
        } else if (Files.isDirectory(p)) {
            throw new InputException(out.what() + ": is a folder; " + hint);
        } else if (Files.exists(p) && !Files.isRegularFile(p)) {
            throw new InputException(out.what() + ": is not a regular file (a pipe, socket or device); " + hint);
        }
    }

    /** True when both name one file: the same file key if both exist, else the same real folder and name. */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
            return real(a).equals(real(b));
        } catch (IOException e) {
            return real(a).equals(real(b));
        }
    }

    /** The real path of a file, or of the nearest folder above it that exists followed by the rest of the names. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            if (parent == null || Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                return absolute.normalize();
            }
            return real(parent).resolve(absolute.getFileName()).normalize();
        }
    }
}
