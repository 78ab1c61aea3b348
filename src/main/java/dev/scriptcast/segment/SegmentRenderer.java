package dev.scriptcast.segment;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.cache.FileEntries;
import dev.scriptcast.compose.Container;
import dev.scriptcast.compose.EncodeSettings;
import dev.scriptcast.compose.FrameProgress;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.RenderTiming;
import dev.scriptcast.compose.RenderedVideo;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.compose.VideoRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Makes one segment's video: taken from the cache when an entry with its key is there and intact, else composed
 * and encoded on its own (silent: the soundtrack is muxed once, after joining) and stored under its key.
 */
public final class SegmentRenderer {
    /** The layers of one segment, bottom to top, built from its parts and its own narration. */
    public interface Layers {
        List<Layer> of(Segment segment, PcmAudio narration) throws IOException;
    }

    /**
     * A segment ready to join (its sound is not kept): {@code reused} when it came from the cache, else
     * {@code timing} says where its composition spent the time.
     */
    public record Rendered(int index, int startFrame, int frames, Path file, String key, boolean reused, long wallMs,
                           RenderTiming timing) {}

    private final VideoFormat fmt;
    private final EncodeSettings encode;
    private final Container container;
    private final FileEntries cache;
    private final String look;
    private final boolean absoluteTime;
    private final Layers layers;
    private final Consumer<String> notices;

    /**
     * {@code look}: the render-wide part of every segment's key ({@link SegmentKey}); {@code absoluteTime}: whether
     * the picture follows the video's clock, which puts the segment's start in its key.
     */
    public SegmentRenderer(VideoFormat fmt, EncodeSettings encode, Container container, FileEntries cache,
                           String look, boolean absoluteTime, Layers layers, Consumer<String> notices) {
        this.fmt = fmt;
        this.encode = encode;
        this.container = container;
        this.cache = cache;
        this.look = look;
        this.absoluteTime = absoluteTime;
        this.layers = layers;
        this.notices = notices;
    }

    public String keyOf(Segment segment) {
        return SegmentKey.of(look, segment, absoluteTime);
    }

    /** The segment from the cache, if it holds a sound copy; nothing is rendered. */
    public Optional<Rendered> reused(Segment segment, FrameProgress progress) throws IOException {
        long start = System.nanoTime();
        String key = keyOf(segment);
        Optional<Path> cached = cache.find(key);
        if (cached.isEmpty()) {
            return Optional.empty();
        }
        progress.framesDone(segment.frames(), segment.frames());
        return Optional.of(new Rendered(segment.index(), segment.startFrame(), segment.frames(), cached.get(), key,
                true, (System.nanoTime() - start) / 1_000_000, null));
    }

    /** Renders the segment and stores it under its key; {@link #reused} first tells whether that is needed. */
    public Rendered render(Segment segment, ThreadBudget threads, FrameProgress progress) throws IOException {
        long start = System.nanoTime();
        String key = keyOf(segment);
        Path temp = cache.tempFile(container.extension());
        try {
            RenderedVideo video;
            List<Layer> own = layers.of(segment, segment.audio(fmt));
            try {
                video = VideoRenderer.renderSegment(fmt, own, 0, segment.frames(), encode, container, temp, progress,
                        threads, notices);
            } finally {
                VideoRenderer.closeAll(own);
            }
            Path stored = cache.put(key, temp);
            return new Rendered(segment.index(), segment.startFrame(), segment.frames(), stored, key, false,
                    (System.nanoTime() - start) / 1_000_000, video.timing());
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
