package dev.scriptcast.audio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * FFmpeg's EBU R128 measurement of audio fed in order, made on a thread of its own while the audio is still being
 * made: the narration as it is spoken, so the mix need not read it all again once speech ends, or a pass's output
 * as it is written, so measuring it costs no pass of its own. A few pieces may wait; a writer that gets further
 * ahead waits for the measurement.
 */
public final class LoudnessMeter implements AutoCloseable {
    private static final float[] END = new float[0];
    private final BlockingQueue<float[]> pieces = new ArrayBlockingQueue<>(8);
    private final FutureTask<FfmpegAudio.Loudness> measurement;
    private boolean ended;

    /** Measures 48 kHz mono narration on a thread from {@code threads}. */
    public LoudnessMeter(ThreadFactory threads) {
        this(AudioMixer.SAMPLE_RATE, 1, threads);
    }

    /** Measures interleaved audio of {@code channels} at {@code sampleRate} on a thread from {@code threads}. */
    LoudnessMeter(int sampleRate, int channels, ThreadFactory threads) {
        measurement = new FutureTask<>(() -> FfmpegAudio.measure(new QueueSource(), sampleRate, channels));
        threads.newThread(measurement).start();
    }

    /** The next piece of the audio, in order; the array must not change afterwards. */
    void add(float[] samples) throws InterruptedException {
        if (samples.length > 0) {
            offer(samples);
        }
    }

    /** The measurement of everything added, once the last piece is measured. */
    FfmpegAudio.Loudness finish() throws IOException, InterruptedException {
        end();
        try {
            return measurement.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("measuring loudness failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Stops a measurement that was not finished; never blocks, so it is safe on an interrupted thread. */
    @Override
    public void close() {
        measurement.cancel(true);
    }

    private void end() throws InterruptedException {
        if (!ended) {
            ended = true;
            offer(END);
        }
    }

    /** Queues a piece, unless the measurement has stopped (failed), which would take it no more. */
    private void offer(float[] piece) throws InterruptedException {
        while (!measurement.isDone() && !pieces.offer(piece, 50, TimeUnit.MILLISECONDS)) {
            // waiting for the measuring thread
        }
    }

    /** The queued pieces as one stream of samples, ending at {@link #END}. */
    private final class QueueSource implements FfmpegAudio.Source {
        private float[] piece = new float[0];
        private int at;

        @Override
        public int read(float[] into, int offset, int length) throws IOException {
            try {
                while (at == piece.length) {
                    if (piece == END) {
                        return 0;
                    }
                    piece = pieces.take();
                    at = 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("loudness measurement interrupted");
            }
            int n = Math.min(length, piece.length - at);
            System.arraycopy(piece, at, into, offset, n);
            at += n;
            return n;
        }
    }
}
