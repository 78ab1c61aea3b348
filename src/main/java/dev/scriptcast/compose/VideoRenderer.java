package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.base.ThreadBudget;

/**
 * Composes and encodes a whole video, or one segment of it, in one streaming pass ({@link FrameStream}). Memory
 * depends on the frame size and the ring, never on the video's length.
 * Layers that hold resources (decoders: {@link AutoCloseable}) are closed when a whole render ends; a segment leaves
 * them open for the next. Anything the user
 * should know (an encoder fallback, FFmpeg's errors while encoding) goes to {@code notices}, never to stderr.
 */
public final class VideoRenderer {
    private VideoRenderer() {}

    /** Renders into the container {@code out}'s extension names, with every core and no notices. */
    public static RenderedVideo render(VideoFormat fmt, List<Layer> layers, PcmAudio audio, EncodeSettings enc,
                                       Path out, FrameProgress progress) throws IOException {
        return render(fmt, layers, audio, enc, Container.forPath(out), out, progress,
                ThreadBudget.allCores(), notice -> { });
    }

    /**
     * Renders into {@code container} whatever {@code out} is called (a temp name, say). {@code threads}: the most
     * threads to keep busy, the encoding thread included; the frame producers (compose-N) come from its factory.
     */
    public static RenderedVideo render(VideoFormat fmt, List<Layer> layers, PcmAudio audio, EncodeSettings enc,
                                       Container container, Path out, FrameProgress progress, ThreadBudget threads,
                                       Consumer<String> notices) throws IOException {
        try {
            return encode(fmt, layers, 0, fmt.frameCount(audio.durationMs()), audio, enc, container, out, progress,
                    threads, notices);
        } finally {
            closeAll(layers);
        }
    }

    /**
     * Renders frames {@code firstFrame} to {@code firstFrame + frames - 1} of the video, without sound, into a
     * file of {@code container} that plays on its own and starts on a key frame: a segment for
     * {@link SegmentJoiner}. The layers serve every segment, so the caller closes them.
     */
    public static RenderedVideo renderSegment(VideoFormat fmt, List<Layer> layers, int firstFrame, int frames,
                                              EncodeSettings enc, Container container, Path out,
                                              FrameProgress progress, ThreadBudget threads,
                                              Consumer<String> notices) throws IOException {
        if (firstFrame < 0 || frames < 1) {
            throw new IllegalArgumentException("bad segment: " + frames + " frames from frame " + firstFrame);
        }
        return encode(fmt, layers, firstFrame, frames, null, enc, container, out, progress, threads, notices);
    }

    private static RenderedVideo encode(VideoFormat fmt, List<Layer> layers, int first, int total, PcmAudio audio,
                                        EncodeSettings enc, Container container, Path out, FrameProgress progress,
                                        ThreadBudget threads, Consumer<String> notices) throws IOException {
        EncoderChoice[] choice = new EncoderChoice[1];
        RenderTiming timing;
        int channels = audio == null ? 0 : audio.channels();
        try (FfmpegLog.Route ignored = FfmpegLog.route(line -> notices.accept("ffmpeg: " + line));
             VideoFileWriter writer = openWithFallback(fmt, enc, container, channels, out, choice, notices)) {
            timing = new FrameStream(fmt, Composition.of(fmt, layers), first, total,
                    Math.clamp(threads.threads() - 1, 1, 6))
                    .run(threads.named("compose", true), writer, audio,
                            progress == null ? FrameProgress.NONE : progress);
        }
        return new RenderedVideo(out, total, choice[0], timing);
    }

    /** Closes the layers that hold resources (decoders, threads); the first failure names its layer. */
    public static void closeAll(List<Layer> layers) throws IOException {
        for (Layer layer : layers) {
            if (layer instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IOException("closing layer " + layer.name() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Which encoder {@code enc} ends up with here (the first candidate that opens), found once by opening it on
     * {@code probe}, which is removed again. Segments then all use that one, so they join into one stream.
     */
    public static EncoderChoice chooseEncoder(VideoFormat fmt, EncodeSettings enc, Container container, Path probe,
                                              Consumer<String> notices) throws IOException {
        EncoderChoice[] choice = new EncoderChoice[1];
        try (FfmpegLog.Route ignored = FfmpegLog.route(line -> { })) {
            VideoFileWriter writer = openWithFallback(fmt, enc, container, 0, probe, choice, notices);
            try {
                writer.close();
            } catch (IOException e) {
                // Nothing was written: only whether the encoder opened matters.
            }
        } finally {
            java.nio.file.Files.deleteIfExists(probe);
        }
        return choice[0];
    }

    private static VideoFileWriter openWithFallback(VideoFormat fmt, EncodeSettings enc, Container container,
                                                    int channels, Path out, EncoderChoice[] choice,
                                                    Consumer<String> notices) throws IOException {
        String requested = enc.encoder();
        List<String> failures = new ArrayList<>();
        for (String name : container.candidates(requested)) {
            try {
                VideoFileWriter writer = VideoFileWriter.open(out, container, fmt, name, enc, channels);
                choice[0] = new EncoderChoice(requested, name, reason(requested, name, failures));
                if (!failures.isEmpty() && !requested.equals("auto")) {
                    notices.accept(String.join("; ", failures) + "; using " + name);
                }
                return writer;
            } catch (VideoFileWriter.OpenFailure e) {
                failures.add(name + ": " + e.getMessage());
            }
        }
        // The fallback encoder is bundled and always opens with valid settings, so its refusal means the settings
        // are wrong.
        throw new dev.scriptcast.base.InputException("video.preset/video.bitrate: no encoder accepts these "
                + "settings (" + String.join("; ", failures) + ")");
    }

    private static String reason(String requested, String used, List<String> failures) {
        if (failures.isEmpty()) {
            return requested.equals("auto") && used.equals(Encoders.FALLBACK)
                    ? "auto: no GPU found, " + used + " opens" : used + " opens";
        }
        return String.join("; ", failures) + "; fell back to " + used;
    }
}
