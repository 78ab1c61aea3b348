package dev.scriptcast.pipeline;

import dev.scriptcast.audio.AudioMixer;
import dev.scriptcast.avatar.AvatarSettings;
import dev.scriptcast.compose.EncodeSettings;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.config.VideoSize;
import dev.scriptcast.script.ScriptLimits;
import dev.scriptcast.speech.VoiceSettings;
import dev.scriptcast.speech.onnx.VoiceModel;
import dev.scriptcast.onnx.Placement;
import java.util.Map;

/** Turns resolved configuration values into the records the stages take. */
final class Settings {
    private static final Map<String, VideoSize> ASPECTS = Map.of(
            "16:9", new VideoSize(1280, 720), "9:16", new VideoSize(720, 1280), "1:1", new VideoSize(1080, 1080));

    private Settings() {}

    static VideoFormat videoFormat(ConfigValues config) {
        VideoSize size = VideoSize.parse(config.string("video.size"));
        if (!config.isSet("video.size") && config.string("video.aspect") != null) {
            size = ASPECTS.get(config.string("video.aspect"));
        }
        if (!size.isEven()) {
            VideoSize even = size.roundedToEven();
            config.notice("video size " + size + " rounded to " + even + " (H.264 in yuv420p needs even sides)");
            size = even;
        }
        return new VideoFormat(size.width(), size.height(), config.integer("video.fps"));
    }

    /** An unset speech.voice takes the presenter look's voice, if it has one ({@link PresenterVoice}). */
    static VoiceSettings voice(ConfigValues config) {
        String engine = config.string("speech.engine");
        String voice = config.string("speech.voice");
        if (voice == null) {
            voice = PresenterVoice.defaultFor(engine, config.string("avatar.look"));
        }
        return new VoiceSettings(engine, voice, config.number("speech.rate"), config.number("speech.pitch"),
                config.number("speech.volume"));
    }

    /** A Piper or Kokoro voice's files; on the CPU it runs on at most {@code threads} threads. */
    static VoiceModel voiceModel(ConfigValues config, int threads) {
        return new VoiceModel(config.path("speech.model"), config.path("speech.voices"),
                config.string("speech.speaker"), new Placement(true, 0, threads));
    }

    /** A photo (avatar.image) implies an avatar even without --avatar. */
    static AvatarSettings avatar(ConfigValues config) {
        var mouth = config.integers("avatar.mouth");
        Rect mouthRect = mouth == null ? null : new Rect(mouth.get(0), mouth.get(1), mouth.get(2), mouth.get(3));
        String look = config.string("avatar.look");
        return new AvatarSettings(config.flag("avatar.enabled") || config.path("avatar.image") != null,
                look == null ? AvatarSettings.defaults().look() : look, config.string("avatar.position"),
                config.number("avatar.scale"), config.path("avatar.image"), mouthRect, AvatarSettings.defaults().seed());
    }

    static AudioMixer.Settings mix(ConfigValues config) {
        return new AudioMixer.Settings(config.flag("music.skip") ? null : config.path("music.path"),
                config.number("music.volume_db"), config.number("audio.loudness_lufs"),
                config.number("audio.true_peak_dbtp"));
    }

    static EncodeSettings encode(ConfigValues config) {
        return new EncodeSettings(config.string("video.encoder"), config.string("video.preset"),
                config.integer("video.crf"), config.string("video.bitrate"));
    }

    static ScriptLimits limits(ConfigValues config) {
        return new ScriptLimits(config.integer("limits.max_pause_ms"), config.integer("limits.max_paragraphs"),
                config.integer("limits.max_duration_s"), config.number("speech.rate"));
    }
}
