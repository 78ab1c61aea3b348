package dev.scriptcast.base;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks made before opening a file the user named, so a folder is named as one and a pipe never blocks a read. */
public final class InputFiles {
    private InputFiles() {}

    /**
     * Refuses a path that exists but is not a regular file; a missing one is left to the caller's own message.
     * {@code subject} names the file as the user gave it, e.g. {@code "music.path song"}.
     */
    public static void refuseFolderOrDevice(Path file, String subject) {
        if (Files.isDirectory(file)) {
            throw new InputException(subject + ": is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new InputException(subject + ": is not a regular file (a pipe, socket or device); give a file");
        }
    }

    /** A regular file that exists: a folder, a device or a missing path is one line naming {@code subject}. */
    public static void requireFile(Path file, String subject) {
        refuseFolderOrDevice(file, subject);
        if (!Files.isRegularFile(file)) {
            throw new InputException(subject + " does not exist");
        }
    }
}
