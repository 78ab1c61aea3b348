package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVRational;

import dev.scriptcast.audio.PcmFile;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;

/**
 * A soundtrack encoded once into a file of its own, in the output's container, so that a later render of the same
 * sound copies its packets instead of mixing and encoding again. A line of text of the caller's (what the mix
 * measured) travels in the file's comment tag.
 */
public final class SoundtrackFile implements SegmentJoiner.Sound {
    private final StreamInput input;

    private SoundtrackFile(StreamInput input) {
        this.input = input;
    }

    /**
     * Encodes {@code audio} with {@code container}'s audio encoder, on up to {@code threads} threads, into {@code out}
     * (which is replaced), with {@code comment} in the file's comment tag.
     */
    public static void write(PcmFile audio, Container container, Path out, int threads, String comment)
            throws IOException {
        AVPacket packet = av_packet_alloc();
        try (MuxerOutput muxer = MuxerOutput.open(out, container);
             SoundtrackAhead sound = SoundtrackAhead.open(audio, container.audioEncoder(), muxer.globalHeader(),
                     threads)) {
            AVStream stream = muxer.newStream();
            sound.parametersInto(stream.codecpar());
            stream.time_base(sound.timeBase());
            muxer.comment(comment);
            muxer.start(false);
            while (sound.next(packet)) {
                av_packet_rescale_ts(packet, sound.timeBase(), stream.time_base());
                packet.stream_index(stream.index());
                muxer.send(packet);
            }
            muxer.finish();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(out);
            throw e;
        } finally {
            av_packet_free(packet);
        }
    }

    /** Opens a file {@link #write} made, for its packets and its comment. */
    public static SoundtrackFile open(Path file) throws IOException {
        return new SoundtrackFile(StreamInput.audio(file, "soundtrack"));
    }

    /** The comment {@link #write} was given ("" when there is none). */
    public String comment() {
        AVDictionaryEntry entry = av_dict_get(input.context().metadata(), "comment", null, 0);
        return entry == null ? "" : entry.value().getString();
    }

    @Override
    public void parametersInto(AVCodecParameters parameters) throws IOException {
        AvCalls.check("copying the audio stream",
                () -> avcodec_parameters_copy(parameters, input.stream().codecpar()));
    }

    @Override
    public AVRational timeBase() {
        return input.stream().time_base();
    }

    @Override
    public boolean next(AVPacket into) throws IOException {
        if (!input.next(into)) {
            return false;
        }
        into.pos(-1);
        return true;
    }

    @Override
    public void close() {
        input.close();
    }
}
