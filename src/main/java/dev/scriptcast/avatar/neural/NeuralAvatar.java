package dev.scriptcast.avatar.neural;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.base.ThreadBudget;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.Sprite;
import dev.scriptcast.compose.VideoFormat;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The avatar layer driven by a neural lip-sync model. Producer lanes run the model batch by batch ahead of
 * the composer, post-processing threads turn outputs into feathered, colour-matched mouth patches, and a
 * bounded ring hands them to {@link #draw} in any order, so inference overlaps encoding in constant memory.
 */
public final class NeuralAvatar implements Layer, AutoCloseable {
    private record Ready(Sprite base, boolean opaque, Sprite patch, Rect face) {
    }

    private final LipSyncModel model;
    private final MelSpectrogram mel;
    private final AvatarFrames frames;
    private final int frameCount;
    private final int fps;
    private final int batchSize;
    private final int x;
    private final int y;
    private final FrameRing<Ready> ring;
    private final ExecutorService post;
    private final List<Thread> lanes = new ArrayList<>();
    private final AtomicInteger done = new AtomicInteger();
    private final long startNanos = System.nanoTime();
    private final AtomicLong lastReadyNanos = new AtomicLong();
    private final BusyClock inference = new BusyClock();
    private final LipSyncClocks clocks;
    private final boolean fullBatches;
    private final AtomicBoolean activeEnded = new AtomicBoolean();

    private NeuralAvatar(LipSyncModel model, MelSpectrogram mel, AvatarFrames frames, int frameCount, int fps,
                         int batchSize, int x, int y, int postThreads, int laneCount, ThreadBudget threads,
                         LipSyncClocks clocks, boolean fullBatches) {
        this.clocks = clocks;
        this.fullBatches = fullBatches;
        this.model = model;
        this.mel = mel;
        this.frames = frames;
        this.frameCount = frameCount;
        this.fps = fps;
        this.batchSize = batchSize;
        this.x = x;
        this.y = y;
        this.ring = new FrameRing<>(frames.still() ? (laneCount + 1) * batchSize : batchSize + 8);
        this.post = Executors.newFixedThreadPool(postThreads, threads.named("lipsync-paste", true));
        ThreadFactory laneThreads = threads.named("lipsync-model", true);
        for (int lane = 0; lane < laneCount; lane++) {
            int first = lane;
            lanes.add(laneThreads.newThread(() -> produce(first, laneCount)));
        }
    }

    /**
     * Lip-syncs a still portrait to the narration, placed in the frame as {@code placement} says. The face is
     * detected once unless {@code faceBox} (in the placed picture's pixels) is given.
     */
    public static NeuralAvatar forPortrait(LipSyncModel model, PcmAudio narration, Path image,
                                           Optional<Rect> faceBox, AvatarPlacement placement, VideoFormat format,
                                           int frameCount, int batchSize, ThreadBudget threads) {
        return LipSyncPresenter.portrait(model, image, faceBox, placement, format, batchSize)
                .start(narration, frameCount, threads);
    }

    /** Lip-syncs a looped presenter clip to the narration, placed in the frame as {@code placement} says. */
    public static NeuralAvatar forClip(LipSyncModel model, PcmAudio narration, Path clip, AvatarPlacement placement,
                                       VideoFormat format, int frameCount, int batchSize, ThreadBudget threads) {
        return LipSyncPresenter.clip(model, clip, placement, format, batchSize).start(narration, frameCount, threads);
    }

    /**
     * Starts lip-syncing {@code frameCount} frames at {@code fps}; the avatar is drawn with its top-left corner
     * at ({@code x}, {@code y}) of the canvas.
     */
    static NeuralAvatar start(LipSyncModel model, MelSpectrogram mel, AvatarFrames frames, int frameCount,
                              int fps, int batchSize, int x, int y, ThreadBudget threads, LipSyncClocks clocks) {
        // On a GPU a second lane prepares and unpacks one batch while the other runs; a clip's frames must be
        // decoded in order, and the CPU provider already spreads one run over every core, so they get one lane.
        boolean cuda = model.onGpu();
        int lanes = frames.still() && cuda ? 2 : 1;
        // On CUDA every run has the full batch's shape (the tail padded with stale inputs): each new shape makes
        // cuDNN search its kernels again, and every segment's last batch would have a shape of its own.
        return start(model, mel, frames, frameCount, fps, batchSize, x, y, lanes, cuda, threads, clocks);
    }

    /** As above, with {@code lanes} producer lanes; {@code fullBatches}: every model run has the full batch. */
    static NeuralAvatar start(LipSyncModel model, MelSpectrogram mel, AvatarFrames frames, int frameCount,
                              int fps, int batchSize, int x, int y, int lanes, boolean fullBatches,
                              ThreadBudget threads, LipSyncClocks clocks) {
        int postThreads = Math.clamp(threads.threads() / 2, 1, 8);
        clocks.active.begin();
        NeuralAvatar avatar = new NeuralAvatar(model, mel, frames, frameCount, fps, batchSize, x, y, postThreads,
                lanes, threads, clocks, fullBatches);
        avatar.lanes.forEach(Thread::start);
        return avatar;
    }

    @Override
    public String name() {
        return "neural-avatar";
    }

    @Override
    public void draw(int frameIndex, Canvas canvas) {
        Ready ready;
        long waitStart = System.nanoTime();
        try {
            ready = ring.take(Math.min(frameIndex, frameCount - 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for lip-sync frame " + frameIndex, e);
        } finally {
            clocks.add(LipSyncClocks.Step.COMPOSER_WAIT, waitStart);
        }
        if (ready.opaque()) {
            canvas.copy(ready.base(), x, y);
        } else {
            canvas.blend(ready.base(), x, y);
        }
        canvas.blend(ready.patch(), x + ready.face().x(), y + ready.face().y());
    }

    /** Figures so far; complete once every frame has been produced. */
    public LipSyncStats stats() {
        long end = done.get() == frameCount ? lastReadyNanos.get() : System.nanoTime();
        return new LipSyncStats(model.providerUsed(), model.providerReason(), batchSize, done.get(),
                end - startNanos, inference.busyNanos(), clocks.steps());
    }

    /** One lane: batches {@code lane}, {@code lane + lanes}, … of the video's frames. */
    private void produce(int lane, int laneCount) {
        try {
            ModelBatch batch = model.newBatch(batchSize);
            int size = batch.faceSize();
            AvatarFrames.Frame still = frames.still() ? frames.next() : null;
            PasteBack stillPaste = still == null ? null : pasteBack(still);
            if (still != null) {
                long cropStart = System.nanoTime();
                float[] stack = FaceCrop.stack(still.image().argb(), still.image().width(), still.face(), size);
                clocks.add(LipSyncClocks.Step.CROP, cropStart);
                FloatBuffer face = batch.face();
                for (int i = 0; i < batchSize; i++) {
                    face.put(i * batch.faceFloats(), stack);
                }
            }
            float[] chunk = new float[ModelBatch.melFloats()];
            AvatarFrames.Frame[] sources = new AvatarFrames.Frame[batchSize];
            for (int start = lane * batchSize; start < frameCount; start += laneCount * batchSize) {
                int n = Math.min(batchSize, frameCount - start);
                long waitStart = System.nanoTime();
                ring.reserve(start, start + n);
                clocks.add(LipSyncClocks.Step.PRODUCER_WAIT, waitStart);
                FloatBuffer melIn = batch.mel();
                FloatBuffer faceIn = batch.face();
                long melStart = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    mel.copyChunk(start + i, fps, chunk, 0);
                    melIn.put(i * chunk.length, chunk);
                }
                clocks.add(LipSyncClocks.Step.MEL, melStart);
                long cropStart = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    sources[i] = still != null ? still : frames.next();
                    if (still == null) {
                        AvatarFrames.Frame f = sources[i];
                        faceIn.put(i * batch.faceFloats(),
                                FaceCrop.stack(f.image().argb(), f.image().width(), f.face(), size));
                    }
                }
                clocks.add(LipSyncClocks.Step.CROP, cropStart);
                runModel(batch, fullBatches ? batchSize : n);
                long unpackStart = System.nanoTime();
                FloatBuffer out = batch.output();
                for (int i = 0; i < n; i++) {
                    float[] frameOut = new float[batch.outputFloats()];
                    out.get(i * frameOut.length, frameOut);
                    AvatarFrames.Frame source = sources[i];
                    int frame = start + i;
                    post.execute(() -> finish(frame, source, stillPaste, frameOut, size));
                }
                clocks.add(LipSyncClocks.Step.UNPACK, unpackStart);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            ring.fail(e);
        }
    }

    private void runModel(ModelBatch batch, int frames) {
        long start = System.nanoTime();
        inference.begin();
        clocks.model.begin();
        try {
            model.run(batch, frames);
        } finally {
            clocks.model.end();
            inference.end();
            clocks.add(LipSyncClocks.Step.MODEL, start);
        }
    }

    private void finish(int frame, AvatarFrames.Frame source, PasteBack stillPaste, float[] output, int size) {
        try {
            long pasteStart = System.nanoTime();
            PasteBack paste = stillPaste != null ? stillPaste : pasteBack(source);
            Ready ready = new Ready(source.image(), source.opaque(), paste.patch(output, size), source.face());
            clocks.add(LipSyncClocks.Step.PASTE, pasteStart);
            lastReadyNanos.accumulateAndGet(System.nanoTime(), Math::max);
            clocks.frames.increment();
            if (done.incrementAndGet() == frameCount) {
                endActive();
            }
            ring.put(frame, ready);
        } catch (RuntimeException | Error e) {
            ring.fail(e);
        }
    }

    private static PasteBack pasteBack(AvatarFrames.Frame frame) {
        Rect box = frame.face();
        Sprite image = frame.image();
        int[] face = new int[box.w() * box.h()];
        for (int row = 0; row < box.h(); row++) {
            System.arraycopy(image.argb(), (box.y() + row) * image.width() + box.x(), face, row * box.w(), box.w());
        }
        return new PasteBack(face, box.w(), box.h());
    }

    /** Waits until every frame has been produced (the report's figures are then final). */
    public void awaitDone() throws InterruptedException {
        for (Thread lane : lanes) {
            lane.join();
        }
        post.shutdown();
        post.awaitTermination(1, TimeUnit.MINUTES);
    }

    /**
     * Stops the producer lanes and waits for them, so the model and the source may be closed safely afterwards.
     * The wait goes on when the closing thread is interrupted (Ctrl-C): closing under a running lane would crash.
     */
    private void endActive() {
        if (activeEnded.compareAndSet(false, true)) {
            clocks.active.end();
        }
    }

    @Override
    public void close() {
        endActive();
        lanes.forEach(Thread::interrupt);
        post.shutdownNow();
        boolean interrupted = false;
        for (Thread lane : lanes) {
            while (lane.isAlive()) {
                try {
                    lane.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        while (!post.isTerminated()) {
            try {
                post.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        frames.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
