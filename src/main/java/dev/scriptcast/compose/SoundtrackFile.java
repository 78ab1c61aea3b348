package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
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
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;

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
        AVFormatContext context = new AVFormatContext(null);
        String name = out.toString();
        AvCalls.check("writing " + out, () -> avformat_alloc_output_context2(context, null, container.muxer(),
                name));
        AVPacket packet = av_packet_alloc();
        try {
            AVIOContext io = new AVIOContext(null);
            AvCalls.write(out, "creating " + out, () -> avio_open(io, name, AVIO_FLAG_WRITE));
            context.pb(io);
            boolean globalHeader = (context.oformat().flags() & AVFMT_GLOBALHEADER) != 0;
            try (SoundtrackAhead sound = SoundtrackAhead.open(audio, container.audioEncoder(), globalHeader,
                    threads)) {
                AVStream stream = avformat_new_stream(context, null);
                sound.parametersInto(stream.codecpar());
                stream.time_base(sound.timeBase());
                AVDictionary tags = new AVDictionary(null);
                av_dict_set(tags, "comment", comment, 0);
                context.metadata(tags);
                AvCalls.withOptions(Map.of(), options -> AvCalls.write(out, "writing " + out,
                        () -> avformat_write_header(context, options)));
                while (sound.next(packet)) {
                    av_packet_rescale_ts(packet, sound.timeBase(), stream.time_base());
                    packet.stream_index(0);
                    AvCalls.write(out, "writing " + out, () -> av_interleaved_write_frame(context, packet));
                }
                AvCalls.write(out, "finishing " + out, () -> av_write_trailer(context));
            }
            AVIOContext pb = context.pb();
            context.pb(null);
            AvCalls.write(out, "closing " + out, () -> avio_closep(pb));
        } catch (IOException | RuntimeException e) {
            AVIOContext pb = context.pb();
            if (pb != null && !pb.isNull()) {
                context.pb(null);
                avio_closep(pb);
            }
            Files.deleteIfExists(out);
            throw e;
        } finally {
            av_packet_free(packet);
            avformat_free_context(context);
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
