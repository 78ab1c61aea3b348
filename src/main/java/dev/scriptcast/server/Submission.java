package dev.scriptcast.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.scriptcast.base.InputException;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.script.Script;
import dev.scriptcast.script.ScriptParser;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns a render request (JSON, or multipart with uploads) into a checked job folder: the script, the requested
 * settings and the uploads, each upload checked by its content and size. A refused request leaves nothing behind.
 */
final class Submission {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PARTS = Set.of("script", "config", "background", "music", "avatar_image");

    private final Path data;
    private final long maxUploadBytes;

    Submission(Path data, long maxUploadBytes) {
        this.data = data;
        this.maxUploadBytes = maxUploadBytes;
    }

    /** A new job folder from {@code ctx}, and the job's title; the caller owns the folder from then on. */
    record Accepted(String id, JobFiles files, ConfigValues config, String title) {}

    Accepted accept(Context ctx) throws IOException {
        String id = JobId.random();
        return accept(ctx, id, JobFiles.of(data, id));
    }

    /** The same request checked into {@code job}, a folder of the caller's that does not exist yet. */
    Accepted accept(Context ctx, String id, JobFiles job) throws IOException {
        Files.createDirectories(job.dir());
        try {
            Map<String, Object> config = ctx.isMultipartFormData() ? multipart(ctx, job) : json(ctx, job);
            Files.write(job.settings(), JSON.writeValueAsBytes(Map.of("config", config)));
            ConfigValues values = RenderSettings.of(config, job, data.resolve("cache"));
            Script script = RenderSettings.check(job, values);
            return new Accepted(id, job, values, title(script));
        } catch (InputException e) {
            job.deleteAll();
            throw new ApiError(400, job.relative(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            job.deleteAll();
            throw e;
        }
    }

    /** The requested settings stored with a job, for a render started after a restart. */
    static Map<String, Object> storedConfig(JobFiles job) throws IOException {
        JsonNode root = JSON.readTree(job.settings().toFile());
        return ConfigJson.flatten(root.path("config"), "config");
    }

    private Map<String, Object> json(Context ctx, JobFiles job) throws IOException {
        if (!ctx.isJson()) {
            throw new ApiError(415, "Content-Type: send application/json or multipart/form-data");
        }
        JsonNode body;
        try {
            body = JSON.readTree(ctx.bodyAsBytes());
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "body: not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (body == null || !body.isObject()) {
            throw new ApiError(400, "body: expected a JSON object with script and config");
        }
        for (var names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("script") && !name.equals("config")) {
                throw new ApiError(400, name + ": unknown field (send script and config)");
            }
        }
        JsonNode script = body.get("script");
        if (script == null || !script.isTextual()) {
            throw new ApiError(400, "script: missing (the text to speak, as a string)");
        }
        Files.writeString(job.script(), script.asText(), StandardCharsets.UTF_8);
        return ConfigJson.flatten(body.path("config"), "config");
    }

    private Map<String, Object> multipart(Context ctx, JobFiles job) throws IOException {
        Map<String, Object> config = new LinkedHashMap<>();
        Parts parts = new Parts(ctx, maxUploadBytes);
        for (String name : parts.names()) {
            if (!PARTS.contains(name)) {
                throw new ApiError(400, name + ": unknown part (send script, config, background, music, avatar_image)");
            }
        }
        UploadedFile scriptFile = parts.file("script");
        if (scriptFile != null) {
            save(scriptFile, job.script(), ScriptParser.MAX_BYTES, "script");
        } else if (parts.text("script") != null) {
            Files.writeString(job.script(), parts.text("script"), StandardCharsets.UTF_8);
        } else {
            throw new ApiError(400, "script: missing (a script file or text part)");
        }
        String configText = parts.text("config");
        if (configText != null && !configText.isBlank()) {
            try {
                config.putAll(ConfigJson.flatten(JSON.readTree(configText), "config"));
            } catch (JsonProcessingException e) {
                throw new ApiError(400, "config: not valid JSON (" + e.getOriginalMessage() + ")");
            }
        }
        for (UploadKind.Field field : UploadKind.Field.all()) {
            UploadedFile file = parts.file(field.name);
            if (file != null) {
                upload(file, field, job);
            }
        }
        return config;
    }

    private void upload(UploadedFile file, UploadKind.Field field, JobFiles job) throws IOException {
        byte[] head;
        try (InputStream in = file.content()) {
            head = in.readNBytes(UploadKind.HEAD_BYTES);
        }
        UploadKind kind = UploadKind.of(head).filter(field::accepts).orElseThrow(() -> new ApiError(415,
                field.name + ": not " + field.accepts + " by its content"));
        save(file, job.uploadPath(field, kind), maxUploadBytes, field.name);
    }

    /** Copies at most {@code limit} bytes, refusing the upload (413) when there are more. */
    private static void save(UploadedFile file, Path target, long limit, String field) throws IOException {
        if (file.size() > limit) {
            throw tooLarge(field, limit);
        }
        try (InputStream in = file.content(); OutputStream out = Files.newOutputStream(target)) {
            long copied = in.transferTo(out);
            if (copied > limit) {
                throw tooLarge(field, limit);
            }
        }
    }

    static ApiError tooLarge(String field, long limit) {
        return new ApiError(413, field + ": larger than the " + limit / (1024 * 1024) + " MiB limit");
    }

    private static String title(Script script) {
        String first = script.paragraphs().getFirst().text().strip();
        return first.length() <= 60 ? first : first.substring(0, 59) + "…";
    }
}
