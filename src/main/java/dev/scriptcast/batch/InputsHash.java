package dev.scriptcast.batch;

import dev.scriptcast.base.AppVersion;
import dev.scriptcast.base.InputException;
import dev.scriptcast.config.ConfigLoader;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.script.Script;
import dev.scriptcast.script.ScriptParser;
import dev.scriptcast.visual.Backgrounds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A SHA-256 of everything an item's video is made from: the app version, the script's bytes, the settings it
 * renders with (front matter included) and the contents of every file those settings name. Where the outputs go
 * and the speech cache's folder do not change a video, so they are left out, as is the GPU that runs the model (a
 * Spark task gets whichever is free); so is the config file itself, whose settings are among the settings.
 */
final class InputsHash {
    private static final Set<String> NOT_CONTENT = Set.of("output", "report.dir", "work.dir", "quiet", "avatar.gpu");
    private static final List<String> FILE_KEYS = List.of("music.path", "avatar.image", "avatar.video",
            "avatar.lipsync_model");

    private InputsHash() {}

    static String of(Path script, ConfigValues config) throws IOException {
        MessageDigest digest = sha256();
        ConfigValues effective = withFrontMatter(script, config);
        add(digest, "version", AppVersion.VALUE);
        add(digest, "script", fileHash(script));
        add(digest, "container", ItemConfig.container(config));
        Map<String, Object> settings = new TreeMap<>(effective.asMap());
        settings.keySet().removeAll(NOT_CONTENT);
        settings.forEach((key, value) -> add(digest, key, String.valueOf(value)));
        for (Path file : referencedFiles(effective)) {
            add(digest, file.toString(), fileHash(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The settings as the render will see them; a script the render will refuse is hashed as it is. */
    private static ConfigValues withFrontMatter(Path script, ConfigValues config) {
        ConfigValues effective = config.copy();
        try {
            Script parsed = new ScriptParser(0).parse(script);
            ConfigLoader.applyFrontMatter(script, parsed.frontMatter(), effective);
        } catch (InputException unreadable) {
            return config;
        }
        return effective;
    }

    private static List<Path> referencedFiles(ConfigValues config) {
        List<Path> files = new ArrayList<>();
        for (String key : FILE_KEYS) {
            if (config.path(key) != null && !(key.equals("music.path") && config.flag("music.skip"))) {
                files.add(config.path(key));
            }
        }
        Backgrounds.file(config.string("background.source")).ifPresent(files::add);
        return files;
    }

    /** The file's SHA-256, or "missing" when it cannot be read (the render then names the problem). */
    private static String fileHash(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "missing";
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.nio.file.AccessDeniedException e) {
            return "unreadable";
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, String key, String value) {
        digest.update((key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
