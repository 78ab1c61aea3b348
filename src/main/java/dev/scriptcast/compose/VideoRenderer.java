package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.bytedeco.javacpp.BytePointer;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.base.ThreadBudget;

/**
 * Composes and encodes a whole video in one streaming pass. Producer threads draw frames into a bounded
 * ring of reusable buffers and convert them to yuv420p; the calling thread encodes them in order and
 * interleaves the audio. Memory depends on the frame size and the ring, never on the video's length.
 * Layers that hold resources (decoders: {@link AutoCloseable}) are closed when the render ends. Anything the user
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
     * Renders {@code frames} frames with no sound: a segment of a longer video, joined to the others and given
     * its soundtrack later. It starts on a key frame because it has an encoder of its own.
     */
    public static RenderedVideo renderSilent(VideoFormat fmt, List<Layer> layers, int frames, EncodeSettings enc,
                                             Container container, Path out, FrameProgress progress,
                                             ThreadBudget threads, Consumer<String> notices) throws IOException {
        return render(fmt, layers, null, frames, enc, container, out, progress, threads, notices);
    }

    /**
     * Renders into {@code container} whatever {@code out} is called (a temp name, say). {@code threads}: the most
     * threads to keep busy, the encoding thread included; the frame producers (compose-N) come from its factory.
     */
    public static RenderedVideo render(VideoFormat fmt, List<Layer> layers, PcmAudio audio, EncodeSettings enc,
                                       Container container, Path out, FrameProgress progress, ThreadBudget threads,
                                       Consumer<String> notices) throws IOException {
        return render(fmt, layers, audio, fmt.frameCount(audio.durationMs()), enc, container, out, progress, threads,
                notices);
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

    /** {@code audio} null: a video stream only. */
    private static RenderedVideo render(VideoFormat fmt, List<Layer> layers, PcmAudio audio, int total,
                                        EncodeSettings enc, Container container, Path out, FrameProgress progress,
                                        ThreadBudget threads, Consumer<String> notices) throws IOException {
        EncoderChoice[] choice = new EncoderChoice[1];
        RenderTiming timing;
        int channels = audio == null ? 0 : audio.channels();
        try (FfmpegLog.Route ignored = FfmpegLog.route(line -> notices.accept("ffmpeg: " + line));
             VideoFileWriter writer = openWithFallback(fmt, enc, container, channels, out, choice, notices)) {
            timing = new Stream(fmt, Composition.of(fmt, layers), total, Math.clamp(threads.threads() - 1, 1, 6))
                    .run(threads.named("compose", true), writer, audio,
                            progress == null ? FrameProgress.NONE : progress);
        } finally {
            closeAll(layers);
        }
        return new RenderedVideo(out, total, choice[0], timing);
    }

    private static void closeAll(List<Layer> layers) throws IOException {
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

    /** One render's frame ring: slot i % ring holds frame i until the encoder has written it. */
    private static final class Stream {
        private final VideoFormat fmt;
        private final Composition composition;
        private final int total;
        private final int workers;
        private final int ring;
        private final Canvas[] canvases;
        private final BytePointer[] yuv;
        private final ConcurrentLinkedQueue<YuvConverter> converters = new ConcurrentLinkedQueue<>();
        private final AtomicLong composeNanos = new AtomicLong();
        private BytePointer baseYuv;
        private long encodeNanos;
        private long waitNanos;

        Stream(VideoFormat fmt, Composition composition, int total, int workers) {
            this.fmt = fmt;
            this.composition = composition;
            this.total = total;
            this.workers = workers;
            this.ring = workers * 2 + 2;
            this.canvases = new Canvas[ring];
            this.yuv = new BytePointer[ring];
        }

        RenderTiming run(ThreadFactory producers, VideoFileWriter writer, PcmAudio audio, FrameProgress progress)
                throws IOException {
            for (int s = 0; s < ring; s++) {
                canvases[s] = new Canvas(fmt.width(), fmt.height());
                yuv[s] = new BytePointer(YuvConverter.frameBytes(fmt.width(), fmt.height()));
            }
            if (composition.regions() != null) {
                baseYuv = new BytePointer(YuvConverter.frameBytes(fmt.width(), fmt.height()));
                try (YuvConverter c = new YuvConverter(fmt.width(), fmt.height())) {
                    c.convert(composition.base().argb(), baseYuv);
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(workers, producers);
            try {
                encodeAll(writer, audio, progress, pool);
                return new RenderTiming(workers, composeNanos.get() / 1_000_000, encodeNanos / 1_000_000,
                        waitNanos / 1_000_000);
            } finally {
                pool.shutdownNow();
                if (awaitQuietly(pool)) {
                    freeBuffers();
                }
            }
        }

        private void freeBuffers() {
            converters.forEach(YuvConverter::close);
            for (BytePointer p : yuv) {
                p.close();
            }
            if (baseYuv != null) {
                baseYuv.close();
            }
        }

        private void encodeAll(VideoFileWriter writer, PcmAudio audio, FrameProgress progress, ExecutorService pool)
                throws IOException {
            @SuppressWarnings("unchecked")
            Future<Integer>[] pending = new Future[ring];
            for (int i = 0; i < Math.min(ring, total); i++) {
                pending[i] = submit(pool, i);
            }
            float[] samples = audio == null ? new float[0] : audio.samples();
            int rate = audio == null ? 1 : audio.sampleRate();
            int channels = audio == null ? 1 : audio.channels();
            int audioDone = 0;
            for (int i = 0; i < total; i++) {
                long t0 = System.nanoTime();
                int slot = await(pending[i % ring]);
                long t1 = System.nanoTime();
                writer.writeFrame(yuv[slot]);
                if (i + ring < total) {
                    pending[i % ring] = submit(pool, i + ring);
                }
                int audioEnd = (int) Math.min(samples.length, (long) (i + 1) * rate / fmt.fps() * channels);
                if (audioEnd > audioDone) {
                    writer.writeAudio(samples, rate, audioDone, audioEnd);
                    audioDone = audioEnd;
                }
                waitNanos += t1 - t0;
                encodeNanos += System.nanoTime() - t1;
                progress.framesDone(i + 1, total);
            }
            if (samples.length > audioDone) {
                writer.writeAudio(samples, rate, audioDone, samples.length);
            }
        }

        private Future<Integer> submit(ExecutorService pool, int frame) {
            return pool.submit(() -> {
                long start = System.nanoTime();
                int slot = frame % ring;
                composition.draw(frame, canvases[slot]);
                YuvConverter c = converters.poll();
                if (c == null) {
                    c = new YuvConverter(fmt.width(), fmt.height());
                }
                try {
                    if (baseYuv == null) {
                        c.convert(canvases[slot].argb(), yuv[slot]);
                    } else {
                        c.convert(canvases[slot].argb(), yuv[slot], composition.regions(), baseYuv);
                    }
                } finally {
                    converters.add(c);
                }
                composeNanos.addAndGet(System.nanoTime() - start);
                return slot;
            });
        }

        private static int await(Future<Integer> f) throws IOException {
            try {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("rendering interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException("drawing a frame failed: " + e.getCause(), e.getCause());
            }
        }

        /**
         * Waits for the producers even when this thread is interrupted (Ctrl-C): the frame buffers they write
         * into are freed next, and freeing them under a running producer crashes the process. False when a
         * producer is still running after a minute: its buffers are then left to leak rather than freed.
         */
        private static boolean awaitQuietly(ExecutorService pool) {
            boolean interrupted = false;
            boolean stopped = false;
            for (int tries = 0; tries < 60 && !stopped; tries++) {
                try {
                    stopped = pool.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return stopped;
        }
    }
}
