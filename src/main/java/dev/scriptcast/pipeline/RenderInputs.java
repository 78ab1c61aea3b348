package dev.scriptcast.pipeline;

import dev.scriptcast.audio.AudioMixer;
import dev.scriptcast.compose.Container;
import dev.scriptcast.compose.Encoders;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.config.ConfigLoader;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.avatar.neural.PendingPresenter;
import dev.scriptcast.avatar.neural.LipSyncSetup;
import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.script.Script;
import dev.scriptcast.script.ScriptParser;
import dev.scriptcast.speech.SpeechEngine;
import dev.scriptcast.speech.SpeechEngines;
import dev.scriptcast.speech.VoiceSettings;
import dev.scriptcast.speech.Voices;
import dev.scriptcast.config.SpeakerSettings;
import dev.scriptcast.speech.onnx.ModelVoiceEngine;
import dev.scriptcast.visual.Background;
import dev.scriptcast.visual.Backgrounds;
import dev.scriptcast.visual.Layout;
import dev.scriptcast.visual.Visualizers;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a render needs that can be checked before any slow work (the {@code script_parsing} stage), so
 * bad input fails fast with one line and nothing half-made. A preview reads the same inputs but has no
 * {@code files}: null, as it writes nothing.
 */
record RenderInputs(Script script, OutputFiles files, VideoFormat format, Voices voices, Cast cast,
                    Background background, Layout layout, List<Color> visualizerColors,
                    Optional<PendingPresenter> lipSync) implements AutoCloseable {
    private static final String DRAWN_DIALOGUE = "dialogue: each speaker gets a drawn presenter; ";

    /** {@code threads}: where a video background's decoder thread comes from. */
    static RenderInputs read(RenderRequest request, ConfigValues config, ThreadBudget threads) {
        return read(request, config, threads, true);
    }

    /** The inputs of one still frame: the same checks but those of the outputs, and nothing written to check. */
    static RenderInputs forPreview(RenderRequest request, ConfigValues config, ThreadBudget threads) {
        return read(request, config, threads, false);
    }

    private static RenderInputs read(RenderRequest request, ConfigValues config, ThreadBudget threads,
                                     boolean video) {
        String text = ScriptParser.read(request.script());
        Script draft = new ScriptParser(0).parse(request.script(), text);
        ConfigLoader.applyFrontMatter(request.script(), draft.frontMatter(), draft.frontMatterLines(), config);
        Script script = new ScriptParser(config.integer("speech.paragraph_pause_ms"),
                config.speakers().stream().map(SpeakerSettings::name).toList()).parse(request.script(), text);
        Settings.limits(config).check(script);
        OutputFiles files = video ? OutputFiles.resolve(request.script(), config) : null;
        if (video) {
            InputChecks.reportFolder(files.reportDir());
        }
        InputChecks.avatarImage(config);
        VideoFormat format = Settings.videoFormat(config);
        SpeechEngine engine = SpeechEngines.create(config.string("speech.engine"), Settings.voiceModel(config,
                request.threads()));
        VoiceSettings voice = SpeechEngines.resolveVoice(engine, Settings.voice(config));
        Voices voices = SpeakerVoices.of(config, engine, voice);
        Cast cast = Cast.of(script, config.speakers(), Settings.avatar(config).look());
        AudioMixer.check(Settings.mix(config));
        Background background = Backgrounds.open(config.string("background.source"), format,
                config.flag("background.kenburns"), threads.named("background-decode", true));
        if (video) {
            Container.forPath(files.output()).candidates(config.string("video.encoder"));
        }
        Encoders.check(Settings.encode(config));
        List<Color> colors = config.strings("visualizer.colors") == null ? Visualizers.DEFAULT_COLORS
                : Visualizers.parseColors(config.strings("visualizer.colors"), "visualizer.colors");
        boolean drawnDialogue = cast.dialogue() && dialogueAvatar(config);
        Optional<Path> model = drawnDialogue ? Optional.empty() : LipSyncSetup.checkModel(config);
        boolean avatar = Settings.avatar(config).enabled() || model.isPresent() || drawnDialogue;
        int presenters = drawnDialogue ? cast.members().size() : avatar ? 1 : 0;
        Layout layout = Layout.forFormat(format, presenters, config.flag("visualizer.enabled"),
                config.flag("captions.burn"));
        Layout placed = layout.placedFor(config.string("avatar.position"), format);
        if (model.isPresent() && video) {
            // The lip-sync set-up takes most of a second on a thread of its own: speech starts beside it.
            voices.engines().forEach(SpeechEngine::startAhead);
        }
        Optional<PendingPresenter> lipSync = model.map(m -> LipSyncSetup.prepare(m, config, format, placed.avatar(),
                request.threads()));
        return new RenderInputs(script, files, format, voices, cast, background, placed, colors, lipSync);
    }

    /** The narrator's engine. */
    SpeechEngine engine() {
        return voices.narrator().engine();
    }

    /** The narrator's voice. */
    VoiceSettings voice() {
        return voices.narrator().settings();
    }

    /**
     * Whether a dialogue is shown with presenters; the lip-sync model and a photo animate one face, so a dialogue
     * draws its presenters instead, and says so.
     */
    private static boolean dialogueAvatar(ConfigValues config) {
        if (config.path("avatar.lipsync_model") != null) {
            config.notice(DRAWN_DIALOGUE + "avatar.lipsync_model animates one face and is not used");
            return true;
        }
        if (config.path("avatar.image") != null) {
            config.notice(DRAWN_DIALOGUE + "avatar.image animates one face and is not used");
        }
        return Settings.avatar(config).enabled();
    }

    /** Removes the temp video if it was not committed, and frees the background's decoder and the lip-sync model. */
    @Override
    public void close() {
        if (files != null) {
            files.discard();
        }
        lipSync.ifPresent(PendingPresenter::close);
        for (SpeechEngine engine : voices.engines()) {
            if (engine instanceof ModelVoiceEngine model) {
                model.close();
            }
        }
        if (background.layer() instanceof AutoCloseable decoder) {
            try {
                decoder.close();
            } catch (Exception e) {
                // Only a decoder's buffers are left; the render's result does not depend on them.
            }
        }
    }
}
