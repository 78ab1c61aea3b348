package dev.scriptcast.server;

import dev.scriptcast.base.InputException;
import dev.scriptcast.config.ConfigKey;
import dev.scriptcast.config.ConfigKeys;
import dev.scriptcast.config.ConfigLoader;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.config.ValueType;
import dev.scriptcast.script.Script;
import dev.scriptcast.script.ScriptLimits;
import dev.scriptcast.script.ScriptParser;
import dev.scriptcast.speech.SpeechEngines;
import dev.scriptcast.speech.VoiceSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request's settings as the render sees them. The client sets keys as the command line does; what names a
 * file or folder on the server (outputs, cache, uploads, limits) is set here, above the script's front matter, so
 * no request can make a render read or write outside its job folder.
 */
final class RenderSettings {
    private static final Pattern COLOUR_OR_GRADIENT = Pattern.compile("(?i)gradient|#[0-9a-f]{6}");
    private static final String SERVER = "server";

    private RenderSettings() {}

    /** The keys a request may set, with the same checks and messages as the command line's. */
    static boolean settable(ConfigKey key) {
        return key.type() != ValueType.PATH && !key.name().startsWith("limits.") && !key.name().equals("quiet");
    }

    static ConfigValues of(Map<String, Object> requested, JobFiles job, Path cache) throws IOException {
        ConfigValues config = new ConfigValues();
        requested.forEach((name, value) -> {
            String where = "config: " + name;
            Optional<ConfigKey> key = ConfigKeys.find(name);
            if (key.isPresent() && !settable(key.get())) {
                throw new InputException(where + ": set by the server, not by a request"
                        + (name.equals("music.path") || name.equals("avatar.image") ? " (upload the file instead)" : ""));
            }
            if (name.equals("background.source") && !(value instanceof String s && COLOUR_OR_GRADIENT.matcher(s).matches())) {
                throw new InputException(where + ": must be gradient or #RRGGBB (upload a background file instead)");
            }
            config.set(name, value, where);
        });
        pin(config, "output", job.video());
        pin(config, "report.dir", job.reportDir());
        pin(config, "work.dir", cache);
        pin(config, "avatar.video", null);
        pin(config, "avatar.lipsync_model", null);
        pin(config, "music.path", job.upload(UploadKind.Field.MUSIC).orElse(null));
        pin(config, "avatar.image", job.upload(UploadKind.Field.AVATAR_IMAGE).orElse(null));
        Optional<Path> background = job.upload(UploadKind.Field.BACKGROUND);
        if (background.isPresent()) {
            pin(config, "background.source", background.get());
        } else {
            config.set("background.source", config.string("background.source"), config.origin("background.source"));
        }
        for (ConfigKey key : ConfigKeys.ALL) {
            if (key.name().startsWith("limits.")) {
                config.set(key.name(), key.defaultValue(), SERVER);
            }
        }
        return config;
    }

    private static void pin(ConfigValues config, String key, Object value) {
        config.set(key, value == null ? null : value.toString(), SERVER);
    }

    /**
     * The checks a render makes before any speech, made when the request arrives so a bad one is refused at once:
     * the script's text, its front matter and limits, the speech engine and voice. Returns the parsed script.
     */
    static Script check(JobFiles job, ConfigValues requested) {
        ConfigValues config = requested.copy();
        String text = ScriptParser.read(job.script());
        Script draft = new ScriptParser(0).parse(job.script(), text);
        ConfigLoader.applyFrontMatter(job.script(), draft.frontMatter(), draft.frontMatterLines(), config);
        Script script = new ScriptParser(config.integer("speech.paragraph_pause_ms")).parse(job.script(), text);
        new ScriptLimits(config.integer("limits.max_pause_ms"), config.integer("limits.max_paragraphs"),
                config.integer("limits.max_duration_s"), config.number("speech.rate")).check(script);
        VoiceSettings voice = new VoiceSettings(config.string("speech.engine"), config.string("speech.voice"),
                config.number("speech.rate"), config.number("speech.pitch"), config.number("speech.volume"));
        SpeechEngines.resolveVoice(SpeechEngines.create(voice.engine()), voice);
        return script;
    }
}
