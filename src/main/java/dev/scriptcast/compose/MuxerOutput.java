package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;

import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;

/**
 * A file written by FFmpeg's muxer for a container, from already encoded packets: opened, given its streams,
 * started, fed packets in order, then finished. Closing it without finishing (after a failure) frees everything
 * and leaves the partial file for the caller to delete.
 */
final class MuxerOutput implements AutoCloseable {
    private final Path out;
    private final AVFormatContext context;
    private boolean indexFirst;

    private MuxerOutput(Path out, AVFormatContext context) {
        this.out = out;
        this.context = context;
    }

    static MuxerOutput open(Path out, Container container) throws IOException {
        AVFormatContext context = new AVFormatContext(null);
        String file = out.toString();
        AvCalls.check("writing " + out, () -> avformat_alloc_output_context2(context, null, container.muxer(),
                file));
        MuxerOutput output = new MuxerOutput(out, context);
        try {
            AVIOContext io = new AVIOContext(null);
            AvCalls.write(out, "creating " + out, () -> avio_open(io, file, AVIO_FLAG_WRITE));
            context.pb(io);
            return output;
        } catch (IOException | RuntimeException e) {
            output.close();
            throw e;
        }
    }

    /** Whether the container keeps codec headers apart from the packets (MP4, Matroska). */
    boolean globalHeader() {
        return (context.oformat().flags() & AVFMT_GLOBALHEADER) != 0;
    }

    AVStream newStream() {
        return avformat_new_stream(context, null);
    }

    /** The file's comment tag; before {@link #start}. */
    void comment(String text) {
        AVDictionary tags = new AVDictionary(null);
        av_dict_set(tags, "comment", text, 0);
        context.metadata(tags);
    }

    /** Writes the header once the streams are set up; {@code indexFirst}: MP4 and MOV with their index first. */
    void start(boolean indexFirst) throws IOException {
        this.indexFirst = indexFirst;
        AvCalls.withOptions(indexFirst ? Map.of("movflags", "+faststart") : Map.of(),
                options -> AvCalls.write(out, "writing " + out, () -> avformat_write_header(context, options)));
    }

    void send(AVPacket packet) throws IOException {
        AvCalls.write(out, "writing " + out, () -> av_interleaved_write_frame(context, packet));
    }

    /** Writes the trailer and closes the file, checking that an index-first file came out whole. */
    void finish() throws IOException {
        AvCalls.write(out, "finishing " + out, () -> av_write_trailer(context));
        closeFile();
        if (indexFirst) {
            WriteFailures.checkComplete(out);
        }
    }

    private void closeFile() throws IOException {
        AVIOContext io = context.pb();
        if (io != null && !io.isNull()) {
            context.pb(null);
            AvCalls.write(out, "closing " + out, () -> avio_closep(io));
        }
    }

    @Override
    public void close() {
        try {
            closeFile();
        } catch (IOException | RuntimeException ignored) {
            // only after another failure, which is the one reported
        }
        avformat_free_context(context);
    }
}
