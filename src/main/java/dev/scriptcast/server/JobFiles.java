package dev.scriptcast.server;

import dev.scriptcast.base.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where one job's files live in the data folder: its script, the request's settings and uploads, and the render's
 * outputs under {@code out/}. Every path is built from a checked job id and fixed names.
 */
record JobFiles(Path dir) {
    static JobFiles of(Path data, String id) {
        return new JobFiles(data.resolve("jobs").resolve(JobId.checked(id)));
    }

    /** A preview's request: kept only while its frame is drawn, in a folder apart from the jobs. */
    static JobFiles preview(Path data, String id) {
        return new JobFiles(previews(data).resolve(JobId.checked(id)));
    }

    static Path previews(Path data) {
        return data.resolve("previews");
    }

    Path script() {
        return dir.resolve("script.md");
    }

    Path settings() {
        return dir.resolve("settings.json");
    }

    Path out() {
        return dir.resolve("out");
    }

    Path video() {
        return out().resolve("video.mp4");
    }

    Path captions(String extension) {
        return out().resolve("video." + extension);
    }

    Path reportDir() {
        return out().resolve("video.report");
    }

    /** The stored upload for {@code field}, whatever kind it turned out to be. */
    Optional<Path> upload(UploadKind.Field field) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("upload-" + field.name + ".")).findFirst();
        }
    }

    Path uploadPath(UploadKind.Field field, UploadKind kind) {
        return dir.resolve("upload-" + field.name + "." + kind.extension);
    }

    /** A fresh, empty {@code out/}: what a stopped or cancelled render left there is gone. */
    void clearOutputs() throws IOException {
        FileTrees.delete(out());
        Files.createDirectories(out());
    }

    void deleteAll() throws IOException {
        FileTrees.delete(dir);
    }

    /** Messages name files by their place in the job, never by the server's folders. */
    String relative(String message) {
        return message == null ? null : message.replace(dir.toAbsolutePath() + "/", "").replace(dir + "/", "");
    }

}
