package dev.scriptcast.avatar.neural;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The lip-synced presenter prepared once for a whole render: the picture placed and scaled and its face found (in
 * every frame of a clip), so that each segment only opens its frames and runs the shared model.
 */
public final class LipSyncPresenter {
    private final LipSyncModel model;
    private final Rect at;
    private final int fps;
    private final int batchSize;
    private final StillPortrait still;
    private final Path clip;
    private final List<Rect> clipFaces;
    private final LipSyncClocks clocks = new LipSyncClocks();

    private LipSyncPresenter(LipSyncModel model, Rect at, int fps, int batchSize, StillPortrait still, Path clip,
                             List<Rect> clipFaces) {
        this.model = model;
        this.at = at;
        this.fps = fps;
        this.batchSize = batchSize;
        this.still = still;
        this.clip = clip;
        this.clipFaces = clipFaces;
    }

    /** A portrait; its face is detected unless {@code faceBox} (in the placed picture's pixels) is given. */
    public static LipSyncPresenter portrait(LipSyncModel model, Path image, Optional<Rect> faceBox,
                                            AvatarPlacement placement, VideoFormat format, int batchSize) {
        var source = StillPortrait.read(image, "avatar.image");
        Rect at = placement.place(format, source.getWidth(), source.getHeight());
        StillPortrait still = StillPortrait.of(image, source, at.w(), at.h(), faceBox);
        return new LipSyncPresenter(model, at, format.fps(), batchSize, still, null, null);
    }

    /** A presenter clip, played in a loop from its first frame in every segment. */
    public static LipSyncPresenter clip(LipSyncModel model, Path clip, AvatarPlacement placement, VideoFormat format,
                                        int batchSize) {
        int[] size = LoopedClip.probe(clip);
        Rect at = placement.place(format, size[0], size[1]);
        List<Rect> faces = LoopedClip.faces(clip, at.w(), at.h());
        return new LipSyncPresenter(model, at, format.fps(), batchSize, null, clip, faces);
    }

    /** Starts lip-syncing {@code voice} for {@code frameCount} frames on threads of {@code threads}. */
    public NeuralAvatar start(PcmAudio voice, int frameCount, ThreadBudget threads) {
        MelSpectrogram mel = clocks.time(LipSyncClocks.Step.MEL, () -> MelSpectrogram.of(voice));
        AvatarFrames frames = still != null ? still : LoopedClip.open(clip, at.w(), at.h(), clipFaces);
        return NeuralAvatar.start(model, mel, frames, frameCount, fps, batchSize, at.x(), at.y(), threads, clocks);
    }

    public LipSyncModel model() {
        return model;
    }

    /** Every segment's lip-sync so far: frames, the wall time any was running, and each step's time. */
    public LipSyncStats stats() {
        return clocks.stats(model, batchSize);
    }
}
