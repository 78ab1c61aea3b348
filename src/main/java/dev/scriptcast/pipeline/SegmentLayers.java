package dev.scriptcast.pipeline;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.avatar.AvatarLayer;
import dev.scriptcast.avatar.AvatarSettings;
import dev.scriptcast.avatar.Avatars;
import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.avatar.presenter.Presenter;
import dev.scriptcast.avatar.neural.LipSyncStats;
import dev.scriptcast.avatar.neural.PendingPresenter;
import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.ShiftedLayer;
import dev.scriptcast.compose.StaticLayer;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.segment.Segment;
import dev.scriptcast.segment.SegmentRenderer;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import dev.scriptcast.visual.Backgrounds;
import dev.scriptcast.visual.CaptionLayer;
import dev.scriptcast.visual.Visualizers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds one segment's layers, bottom to top: background, visualiser, avatar, burned-in captions. Everything but
 * the background is made from the segment's own parts, in segment time. The visualiser follows the segment's
 * narration levelled within the segment, not the final mix: the mix's loudness gain changes with every edit and
 * music follows the video's clock, so either would make every segment render again.
 */
final class SegmentLayers implements SegmentRenderer.Layers {
    private final RenderInputs in;
    private final ConfigValues config;
    private final AvatarSettings avatar;
    private final ThreadBudget threads;
    private final AtomicReference<AvatarLayer> firstAvatar = new AtomicReference<>();
    /** Still loading when the first segments are planned: each segment waits for it when it is built. */
    private final PendingPresenter lipSync;
    /** Each segment's mouth shapes in video time, by start: the whole track for the report. */
    private final ConcurrentSkipListMap<Long, List<Timed<MouthShape>>> visemes = new ConcurrentSkipListMap<>();
    private Avatars.Art soloArt;
    private List<Presenter.Drawing> castDrawings;

    SegmentLayers(RenderInputs in, ConfigValues config, ThreadBudget threads) {
        this.in = in;
        this.config = config;
        this.avatar = Settings.avatar(config);
        this.threads = threads;
        this.lipSync = in.lipSync().orElse(null);
    }

    /** Whether the background follows the video's clock, so a segment's start decides its pixels. */
    boolean absoluteTime() {
        return !(in.background().layer() instanceof StaticLayer);
    }

    ConfigValues config() {
        return config;
    }

    /** The drawn or photo avatar of the first segment built, for the report; null when there is none. */
    AvatarLayer sampleAvatar() {
        return firstAvatar.get();
    }

    /** The neural avatar's work over the segments rendered in this run, for the report. */
    Optional<LipSyncStats> neuralStats() {
        return Optional.ofNullable(lipSync).map(pending -> pending.get().stats()).filter(s -> s.frames() > 0);
    }

    /** The mouth shapes of the segments built, in video time. */
    Timeline<MouthShape> visemes() {
        List<Timed<MouthShape>> all = new ArrayList<>();
        visemes.values().forEach(all::addAll);
        return new Timeline<>(all);
    }

    @Override
    public List<Layer> of(Segment segment, PcmAudio narration) {
        List<Layer> layers = new ArrayList<>(List.of(background(segment)));
        if (config.flag("visualizer.enabled")) {
            layers.add(Visualizers.forVoice(config.string("visualizer.style"), in.visualizerColors(), narration,
                    in.format(), in.layout().visualizer()));
        }
        if (lipSync != null) {
            layers.add(lipSync.get().start(narration, segment.frames(), threads));
        } else if (avatar.enabled() || in.cast().dialogue() && config.path("avatar.lipsync_model") != null) {
            AvatarSettings solo = CastLayer.solo(in.cast(), avatar);
            AvatarLayer drawn = in.cast().dialogue()
                    ? CastLayer.of(in.cast(), avatar, castDrawings(), segment, in.format())
                    : Avatars.create(soloArt(solo), solo, segment.phonemes(), segment.words(), in.format());
            firstAvatar.compareAndSet(null, drawn);
            long startMs = segment.startMs(in.format());
            visemes.put(startMs, drawn.visemes().shiftedBy(startMs).items());
            layers.add(drawn);
        }
        if (config.flag("captions.burn")) {
            layers.add(new CaptionLayer(segment.words(), in.format(), in.layout().captions(),
                    config.flag("captions.speaker_names")));
        }
        return layers;
    }

    /** The solo avatar's look, drawn (or its photo prepared) by the first segment that needs it, for all. */
    private synchronized Avatars.Art soloArt(AvatarSettings solo) {
        if (soloArt == null) {
            soloArt = Avatars.art(solo, in.format(), in.layout().avatar());
        }
        return soloArt;
    }

    /** The dialogue's presenters, drawn by the first segment that needs them, for all. */
    private synchronized List<Presenter.Drawing> castDrawings() {
        if (castDrawings == null) {
            castDrawings = CastLayer.draw(in.cast(), avatar, in.format(), in.layout().avatar());
        }
        return castDrawings;
    }

    /** A still background is shared; one that moves is opened for the segment and drawn from its start. */
    private Layer background(Segment segment) {
        Layer shared = in.background().layer();
        if (shared instanceof StaticLayer) {
            return shared;
        }
        if (!(shared instanceof AutoCloseable)) {
            return new ShiftedLayer(shared, segment.startFrame());
        }
        Layer own = Backgrounds.open(config.string("background.source"), in.format(),
                config.flag("background.kenburns"), threads.named("background-decode", true)).layer();
        return new ShiftedLayer(own, segment.startFrame());
    }
}
