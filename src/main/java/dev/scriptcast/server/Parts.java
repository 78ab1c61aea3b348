package dev.scriptcast.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A multipart request's parts. Jetty parses (and caps) them on first access; a part over the cap is refused with
 * 413 and the limit, whichever part it was.
 */
record Parts(Context ctx, long maxUploadBytes) {
    private static final int MAX_TEXT_BYTES = 1024 * 1024;

    Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        parsed(() -> {
            names.addAll(ctx.formParamMap().keySet());
            names.addAll(ctx.uploadedFileMap().keySet());
        });
        return names;
    }

    /** The part as an uploaded file, or null when it was sent as a plain field or not at all. */
    UploadedFile file(String name) {
        UploadedFile[] file = new UploadedFile[1];
        parsed(() -> file[0] = ctx.uploadedFile(name));
        return file[0];
    }

    /** A text part, sent either as a field or as a file. */
    String text(String name) throws IOException {
        UploadedFile file = file(name);
        if (file == null) {
            String[] field = new String[1];
            parsed(() -> field[0] = ctx.formParam(name));
            return field[0];
        }
        try (InputStream in = file.content()) {
            byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
            if (bytes.length > MAX_TEXT_BYTES) {
                throw Submission.tooLarge(name, MAX_TEXT_BYTES);
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private void parsed(Runnable read) {
        try {
            read.run();
        } catch (ApiError e) {
            throw e;
        } catch (Exception e) { // Jetty's ServletException arrives unchecked through Javalin
            for (Throwable t = e; t != null; t = t.getCause()) {
                String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                if (message.contains("max") || message.contains("too large") || message.contains("exceed")) {
                    throw Submission.tooLarge("upload", maxUploadBytes);
                }
            }
            throw new ApiError(400, "body: not a readable multipart/form-data request");
        }
    }
}
