package dev.scriptcast.compose;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVRational;

import dev.scriptcast.audio.PcmFile;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_move_ref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;

/**
 * Encodes the soundtrack ahead of whoever takes its packets (a {@link SoundtrackFile} being written, or a join), on
 * threads of its own. AAC at 48 kHz is encoded in stretches of {@value #STRETCH_SECONDS} s, several at once
 * ({@link SoundtrackEncoder} says why they join without a seam): one encoder on one core took longer than the mix
 * itself. At most {@code threads} stretches are held, so memory does not grow with the length.
 */
final class SoundtrackAhead implements SegmentJoiner.Sound {
    private static final int STRETCH_SECONDS = 20;

    private final PcmFile audio;
    private final String encoderName;
    private final boolean globalHeader;
    private final long frames;
    private final long stretch;
    /** Opened first, for the stream's parameters; it encodes the first stretch. */
    private final SoundtrackEncoder first;
    private final ExecutorService pool;
    private final Deque<Future<List<AVPacket>>> pending = new ArrayDeque<>();
    private final int window;
    private final long stretches;
    private long nextStretch;
    private boolean started;
    private List<AVPacket> current = List.of();
    private int taken;

    private SoundtrackAhead(PcmFile audio, String encoderName, boolean globalHeader, int threads) throws IOException {
        this.audio = audio;
        this.encoderName = encoderName;
        this.globalHeader = globalHeader;
        this.frames = audio.frames();
        boolean split = encoderName.equals("aac") && audio.sampleRate() == VideoFileWriter.AUDIO_RATE;
        this.stretch = split ? (long) STRETCH_SECONDS * VideoFileWriter.AUDIO_RATE / 1024 * 1024 : Long.MAX_VALUE;
        this.stretches = split ? Math.max(1, (frames + stretch - 1) / stretch) : 1;
        this.window = Math.max(1, threads);
        this.first = split ? SoundtrackEncoder.open(audio, encoderName, globalHeader, 0, end(0), frames)
                : SoundtrackEncoder.open(audio, encoderName, globalHeader);
        this.pool = Executors.newFixedThreadPool(window, Thread.ofPlatform().daemon().name("soundtrack-encode-", 0)
                .factory());
    }

    /**
     * Opens the encoder for {@code audio} with {@code encoderName}; encoding starts, on up to {@code threads} threads,
     * with the first {@link #next}, once the output stream has taken the encoder's settings.
     */
    static SoundtrackAhead open(PcmFile audio, String encoderName, boolean globalHeader, int threads)
            throws IOException {
        return new SoundtrackAhead(audio, encoderName, globalHeader, threads);
    }

    /** Where the stretch that starts at {@code from} ends: the next one's start, or the end of the sound. */
    private long end(long from) {
        return stretches == 1 || from + stretch >= frames ? frames : from + stretch;
    }

    /** The encoder's settings, for the output stream. */
    @Override
    public void parametersInto(AVCodecParameters parameters) throws IOException {
        AvCalls.check("setting up the audio stream", () -> avcodec_parameters_from_context(parameters,
                first.context()));
    }

    @Override
    public AVRational timeBase() {
        return first.timeBase();
    }

    private void fill() {
        while (pending.size() < window && nextStretch < stretches) {
            long from = nextStretch++ * stretch;
            pending.add(pool.submit(() -> encode(from, end(from))));
        }
    }

    private List<AVPacket> encode(long from, long to) throws IOException {
        if (from == 0) {
            return drain(first);
        }
        try (SoundtrackEncoder encoder = SoundtrackEncoder.open(audio, encoderName, globalHeader, from, to, frames)) {
            return drain(encoder);
        }
    }

    private static List<AVPacket> drain(SoundtrackEncoder encoder) throws IOException {
        List<AVPacket> packets = new ArrayList<>();
        AVPacket packet = av_packet_alloc();
        try {
            while (encoder.next(packet)) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("encoding the soundtrack was interrupted");
                }
                AVPacket owned = av_packet_alloc();
                av_packet_move_ref(owned, packet);
                packets.add(owned);
            }
            return packets;
        } catch (IOException | RuntimeException e) {
            packets.forEach(p -> av_packet_free(p));
            throw e;
        } finally {
            av_packet_free(packet);
        }
    }

    /** Moves the next packet into {@code into}, in the encoder's time base; false after the last. */
    @Override
    public boolean next(AVPacket into) throws IOException {
        if (!started) {
            started = true;
            fill();
        }
        while (taken == current.size()) {
            if (pending.isEmpty()) {
                return false;
            }
            current = await(pending.poll());
            taken = 0;
            fill();
        }
        AVPacket next = current.get(taken++);
        av_packet_move_ref(into, next);
        av_packet_free(next);
        return true;
    }

    private static List<AVPacket> await(Future<List<AVPacket>> stretch) throws IOException {
        try {
            return stretch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("joining the segments was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("encoding the soundtrack failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Stops the encoding threads and frees what they left. */
    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        for (int i = taken; i < current.size(); i++) {
            av_packet_free(current.get(i));
        }
        for (Future<List<AVPacket>> left : pending) {
            if (left.state() == Future.State.SUCCESS) {
                left.resultNow().forEach(p -> av_packet_free(p));
            }
        }
        first.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
