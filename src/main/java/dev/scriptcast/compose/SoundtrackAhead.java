package dev.scriptcast.compose;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.bytedeco.ffmpeg.avcodec.AVPacket;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_move_ref;

/**
 * Runs a {@link SoundtrackEncoder} on a thread of its own, up to {@value #AHEAD} packets (about 90 s of sound)
 * ahead of the join. A join mostly waits for the last segments to be rendered; meanwhile the sound gets encoded,
 * instead of after them.
 */
final class SoundtrackAhead implements AutoCloseable {
    private static final int AHEAD = 4096;
    private final SoundtrackEncoder encoder;
    private final BlockingQueue<AVPacket> packets = new ArrayBlockingQueue<>(AHEAD);
    /** Marks the end in {@link #packets}. */
    private final AVPacket end = av_packet_alloc();
    private final Thread thread;
    private volatile IOException failure;

    SoundtrackAhead(SoundtrackEncoder encoder) {
        this.encoder = encoder;
        this.thread = Thread.ofPlatform().daemon().name("soundtrack-encode").start(this::encodeAll);
    }

    private void encodeAll() {
        try {
            AVPacket packet = av_packet_alloc();
            while (encoder.next(packet)) {
                AVPacket owned = av_packet_alloc();
                av_packet_move_ref(owned, packet);
                packets.put(owned);
            }
            av_packet_free(packet);
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("encoding the soundtrack was interrupted");
        } catch (RuntimeException e) {
            failure = new IOException("encoding the soundtrack failed: " + e.getMessage(), e);
        } finally {
            try {
                packets.put(end);
            } catch (InterruptedException e) {
                // closing: nobody waits for the end any more
            }
        }
    }

    /** Moves the next packet into {@code into}, in the encoder's time base; false after the last. */
    boolean next(AVPacket into) throws IOException {
        AVPacket next;
        try {
            next = packets.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("joining the segments was interrupted");
        }
        if (next == end) {
            packets.offer(end);
            if (failure != null) {
                throw failure;
            }
            return false;
        }
        av_packet_move_ref(into, next);
        av_packet_free(next);
        return true;
    }

    /** Stops the encoding thread and frees what it left; the encoder itself is closed by its owner afterwards. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (AVPacket left; (left = packets.poll()) != null; ) {
            if (left != end) {
                av_packet_free(left);
            }
        }
        av_packet_free(end);
    }
}
