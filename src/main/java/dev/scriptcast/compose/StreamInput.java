package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;

/** The first stream of one kind (video or audio) in a media file, opened for reading its packets in order. */
final class StreamInput implements AutoCloseable {
    private final Path file;
    private final String what;
    private final AVFormatContext context;
    private final AVStream stream;

    private StreamInput(Path file, String what, AVFormatContext context, AVStream stream) {
        this.file = file;
        this.what = what;
        this.context = context;
        this.stream = stream;
    }

    /** Opens {@code file}, named {@code what} ("segment") in errors, for its first video stream. */
    static StreamInput video(Path file, String what) throws IOException {
        return open(file, what, AVMEDIA_TYPE_VIDEO, "video");
    }

    /** Opens {@code file}, named {@code what} ("soundtrack") in errors, for its first audio stream. */
    static StreamInput audio(Path file, String what) throws IOException {
        return open(file, what, AVMEDIA_TYPE_AUDIO, "audio");
    }

    /** Opens {@code file} and reads enough of it to know its first stream of {@code mediaType}. */
    private static StreamInput open(Path file, String what, int mediaType, String kind) throws IOException {
        AVFormatContext context = new AVFormatContext(null);
        String named = what + " " + file;
        AvCalls.check(named, () -> avformat_open_input(context, file.toString(), null, null));
        try {
            AvCalls.check(named, () -> avformat_find_stream_info(context, (AVDictionary) null));
            for (int i = 0; i < context.nb_streams(); i++) {
                AVStream s = context.streams(i);
                if (s.codecpar().codec_type() == mediaType) {
                    return new StreamInput(file, what, context, s);
                }
            }
            throw new IOException(named + " holds no " + kind + " stream");
        } catch (IOException | RuntimeException e) {
            avformat_close_input(context);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    AVFormatContext context() {
        return context;
    }

    AVStream stream() {
        return stream;
    }

    /** Reads the stream's next packet into {@code packet}; false after the last. */
    boolean next(AVPacket packet) throws IOException {
        while (true) {
            int ret = AvCalls.orEnd("reading " + what + " " + file, () -> av_read_frame(context, packet));
            if (ret == AVERROR_EOF) {
                return false;
            }
            if (ret >= 0 && packet.stream_index() == stream.index()) {
                return true;
            }
            av_packet_unref(packet);
        }
    }

    @Override
    public void close() {
        avformat_close_input(context);
    }
}
