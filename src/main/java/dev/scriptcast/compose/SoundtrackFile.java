package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVRational;

import dev.scriptcast.audio.PcmFile;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;

/**
 * A soundtrack encoded once into a file of its own, in the output's container, so that a later render of the same
 * sound copies its packets instead of mixing and encoding again. A line of text of the caller's (what the mix
 * measured) travels in the file's comment tag.
 */
public final class SoundtrackFile implements SegmentJoiner.Sound {
    private final Path file;
    private final AVFormatContext context;
    private final AVStream stream;

    private SoundtrackFile(Path file, AVFormatContext context, AVStream stream) {
        this.file = file;
        this.context = context;
        this.stream = stream;
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
        AVFormatContext context = new AVFormatContext(null);
        String what = "soundtrack " + file;
        AvCalls.check(what, () -> avformat_open_input(context, file.toString(), null, null));
        try {
            AvCalls.check(what, () -> avformat_find_stream_info(context, (AVDictionary) null));
            for (int i = 0; i < context.nb_streams(); i++) {
                AVStream s = context.streams(i);
                if (s.codecpar().codec_type() == AVMEDIA_TYPE_AUDIO) {
                    return new SoundtrackFile(file, context, s);
                }
            }
            throw new IOException(what + " holds no audio stream");
        } catch (IOException | RuntimeException e) {
            avformat_close_input(context);
            throw e;
        }
    }

    /** The comment {@link #write} was given ("" when there is none). */
    public String comment() {
        AVDictionaryEntry entry = av_dict_get(context.metadata(), "comment", null, 0);
        return entry == null ? "" : entry.value().getString();
    }

    @Override
    public void parametersInto(AVCodecParameters parameters) throws IOException {
        AvCalls.check("copying the audio stream",
                () -> avcodec_parameters_copy(parameters, stream.codecpar()));
    }

    @Override
    public AVRational timeBase() {
        return stream.time_base();
    }

    @Override
    public boolean next(AVPacket into) throws IOException {
        while (true) {
            int ret = AvCalls.orEnd("reading soundtrack " + file, () -> av_read_frame(context, into));
            if (ret == AVERROR_EOF) {
                return false;
            }
            if (into.stream_index() == stream.index()) {
                into.pos(-1);
                return true;
            }
            av_packet_unref(into);
        }
    }

    @Override
    public void close() {
        avformat_close_input(context);
    }
}
