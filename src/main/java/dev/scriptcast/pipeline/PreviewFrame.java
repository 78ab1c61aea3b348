package dev.scriptcast.pipeline;

import dev.scriptcast.avatar.neural.NeuralAvatar;
import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.cache.CacheFolder;
import dev.scriptcast.cache.CacheKind;
import dev.scriptcast.compose.VideoRenderer;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.FrameDrawer;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.segment.ScriptSentences;
import dev.scriptcast.segment.Segment;
import dev.scriptcast.segment.SegmentPlanner;
import dev.scriptcast.segment.SegmentRenderer;
import dev.scriptcast.speech.CachedSpeechEngine;
import dev.scriptcast.speech.Narrator;
import dev.scriptcast.speech.SpeechException;
import java.io.IOException;
import java.util.List;

/**
 * One frame without the video: the script is spoken, through the speech cache, only as far as the segment that
 * holds the asked time; that segment's layers are built as a render builds them and the one frame is drawn. It
 * writes nothing but speech cache entries, which the render then finds.
 */
final class PreviewFrame {
    private PreviewFrame() {}

    /** Stops the speech once the segment is planned; not an error. */
    private static final class Found extends RuntimeException {
        private Found() {
            super(null, null, false, false);
        }
    }

    static Preview draw(RenderRequest request, long atMs) throws IOException, InterruptedException {
        if (atMs < 0) {
            throw new IllegalArgumentException("a preview's time is never negative, got " + atMs);
        }
        ConfigValues config = request.config().copy();
        ThreadBudget threads = ThreadBudget.of(request.threads());
        try (RenderInputs in = RenderInputs.forPreview(request, config, threads)) {
            VideoFormat fmt = in.format();
            int wanted = (int) (Math.min(atMs, Integer.MAX_VALUE) * fmt.fps() / 1000);
            Segment segment = segmentAt(in, config, threads, wanted);
            int frame = Math.clamp(wanted - segment.startFrame(), 0, segment.frames() - 1);
            List<Layer> layers = new SegmentLayers(in, config, threads).of(segment, segment.audio(fmt));
            try {
                skipTo(layers, frame, fmt);
                int[] argb = FrameDrawer.draw(fmt, layers, frame);
                return new Preview(fmt.width(), fmt.height(), fmt.timeMs(segment.startFrame() + frame), argb);
            } finally {
                VideoRenderer.closeAll(layers);
            }
        }
    }

    /** The segment holding video frame {@code frame}, or the last one; sentences after it are not spoken. */
    private static Segment segmentAt(RenderInputs in, ConfigValues config, ThreadBudget threads, int frame)
            throws IOException, InterruptedException {
        ScriptSentences script = new ScriptSentences(in.script());
        Segment[] last = new Segment[1];
        SegmentPlanner planner = new SegmentPlanner(in.format(), segment -> {
            last[0] = segment;
            if (segment.startFrame() + segment.frames() > frame) {
                throw new Found();
            }
        });
        script.start(planner);
        var voices = in.voices().wrapped(engine -> new CachedSpeechEngine(engine,
                new CacheFolder(WorkDir.of(config)).folder(CacheKind.SPEECH)));
        try {
            new Narrator(voices, threads).speak(in.script().source(), script.sentences(),
                    (i, spoken) -> script.feed(i, spoken, planner));
        } catch (Found found) {
            // the segment is planned; the rest of the script is not needed
        } catch (SpeechException e) {
            throw new IOException("speech failed: " + e.getMessage(), e);
        }
        return last[0];
    }

    /** The neural avatar hands its frames over in order: the ones before the preview's are taken and dropped. */
    private static void skipTo(List<Layer> layers, int frame, VideoFormat fmt) {
        Canvas scratch = new Canvas(fmt.width(), fmt.height());
        for (Layer layer : layers) {
            if (layer instanceof NeuralAvatar) {
                for (int f = 0; f < frame; f++) {
                    layer.draw(f, scratch);
                }
            }
        }
    }
}
