package dev.scriptcast.pipeline;

import dev.scriptcast.base.InputException;
import dev.scriptcast.base.InputFiles;
import dev.scriptcast.config.ConfigValues;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks of settings that need the file system, made before any slow work so a typo costs seconds, not minutes. */
final class InputChecks {
    private InputChecks() {}

    /** A photo to animate must exist now, not when the avatar stage reaches it after speech and mixing. */
    static void avatarImage(ConfigValues config) {
        Path image = config.path("avatar.image");
        if (image == null) {
            return;
        }
        InputFiles.requireFile(image, config.origin("avatar.image") + " " + image);
    }

    /**
     * The report folder must be creatable, or writable if it exists (its files are moved in at the end); a folder
     * or file made only to find out is removed again.
     */
    static void reportFolder(Path reportDir) {
        if (Files.isDirectory(reportDir)) {
            try {
                Files.delete(Files.createTempFile(reportDir, ".scriptcast-probe-", ".partial"));
            } catch (IOException e) {
                throw new InputException(reportDir + ": cannot write in the report folder (" + reason(e) + ")");
            }
            return;
        }
        Path firstMissing = reportDir;
        while (firstMissing.getParent() != null && !Files.exists(firstMissing.getParent())) {
            firstMissing = firstMissing.getParent();
        }
        try {
            Files.createDirectories(reportDir);
            for (Path p = reportDir; p != null && p.startsWith(firstMissing); p = p.getParent()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            String why = e instanceof FileAlreadyExistsException ? "a file is in the way" : reason(e);
            throw new InputException(reportDir + ": cannot create the report folder (" + why + ")");
        }
    }

    /** The system's reason, e.g. "Read-only file system" or "Permission denied". */
    static String reason(IOException e) {
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : "not writable";
    }
}
