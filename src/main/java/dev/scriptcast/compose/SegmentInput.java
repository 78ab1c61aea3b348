package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.av_guess_frame_rate;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;

/** One encoded segment opened for reading its video packets in decode order. */
final class SegmentInput implements AutoCloseable {
    private final Path file;
    private final AVFormatContext context;
    private final AVStream stream;
    private final Shape shape;

    private SegmentInput(Path file, AVFormatContext context, AVStream stream) {
        this.file = file;
        this.context = context;
        this.stream = stream;
        AVCodecParameters p = stream.codecpar();
        AVRational fps = av_guess_frame_rate(context, stream, null);
        byte[] headers = new byte[p.extradata_size()];
        if (headers.length > 0) {
            p.extradata().get(headers);
        }
        this.shape = new Shape(p.codec_id(), p.width(), p.height(), p.format(), fps.num(), fps.den(),
                p.video_delay(), headers);
    }

    /** Opens {@code file} and reads enough of it to know its video stream's codec, size and frame rate. */
    static SegmentInput open(Path file) throws IOException {
        AVFormatContext context = new AVFormatContext(null);
        String what = "segment " + file;
        AvCalls.check(what, () -> avformat_open_input(context, file.toString(), null, null));
        try {
            AvCalls.check(what, () -> avformat_find_stream_info(context, (AVDictionary) null));
            for (int i = 0; i < context.nb_streams(); i++) {
                AVStream s = context.streams(i);
                if (s.codecpar().codec_type() == AVMEDIA_TYPE_VIDEO) {
                    return new SegmentInput(file, context, s);
                }
            }
            throw new IOException(what + " holds no video stream");
        } catch (IOException | RuntimeException e) {
            avformat_close_input(context);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    Shape shape() {
        return shape;
    }

    AVCodecParameters codecParameters() {
        return stream.codecpar();
    }

    AVRational timeBase() {
        return stream.time_base();
    }

    /** Throws unless this segment can continue the stream {@code firstFile} began: same codec, headers, size, rate. */
    void requireMatches(Shape first, Path firstFile) throws IOException {
        if (!shape.sameCodingAs(first)) {
            String why = shape.describe().equals(first.describe()) ? " (its encoder settings differ)" : "";
            throw new IOException("segment " + file + " (" + shape.describe() + ") does not match the first segment "
                    + firstFile + " (" + first.describe() + ")" + why + ": every segment must be encoded with the "
                    + "same settings");
        }
    }

    /** Reads the next video packet into {@code packet}; false after the last. */
    boolean next(AVPacket packet) throws IOException {
        while (true) {
            int ret = AvCalls.orEnd("reading segment " + file, () -> av_read_frame(context, packet));
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

    /**
     * What must agree between segments for their packets to form one stream. {@code reorderFrames}: how many
     * frames a decoder holds back (B-frames), so decode times can be laid out before presentation times.
     */
    record Shape(int codecId, int width, int height, int pixelFormat, int fpsNum, int fpsDen, int reorderFrames,
                 byte[] headers) {
        boolean sameCodingAs(Shape o) {
            return codecId == o.codecId && width == o.width && height == o.height && pixelFormat == o.pixelFormat
                    && fpsNum == o.fpsNum && fpsDen == o.fpsDen && reorderFrames == o.reorderFrames
                    && Arrays.equals(headers, o.headers);
        }

        /** "h264 1280x720 yuv420p 30 fps". */
        String describe() {
            var pix = av_get_pix_fmt_name(pixelFormat);
            String fps = fpsDen == 1 ? Integer.toString(fpsNum) : String.format("%.3f", fpsNum / (double) fpsDen);
            return avcodec_get_name(codecId).getString() + " " + width + "x" + height + " "
                    + (pix == null ? "unknown pixels" : pix.getString()) + " " + fps + " fps";
        }
    }
}
