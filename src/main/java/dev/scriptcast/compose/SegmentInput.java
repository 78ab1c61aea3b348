package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVRational;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.av_guess_frame_rate;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;

/** One encoded segment opened for reading its video packets in decode order. */
final class SegmentInput implements AutoCloseable {
    private final StreamInput input;
    private final Shape shape;

    private SegmentInput(StreamInput input) {
        this.input = input;
        AVCodecParameters p = input.stream().codecpar();
        AVRational fps = av_guess_frame_rate(input.context(), input.stream(), null);
        byte[] headers = new byte[p.extradata_size()];
        if (headers.length > 0) {
            p.extradata().get(headers);
        }
        this.shape = new Shape(p.codec_id(), p.width(), p.height(), p.format(), fps.num(), fps.den(),
                p.video_delay(), headers);
    }

    /** Opens {@code file} and reads enough of it to know its video stream's codec, size and frame rate. */
    static SegmentInput open(Path file) throws IOException {
        StreamInput input = StreamInput.video(file, "segment");
        try {
            return new SegmentInput(input);
        } catch (RuntimeException e) {
            input.close();
            throw e;
        }
    }

    Path file() {
        return input.file();
    }

    Shape shape() {
        return shape;
    }

    AVCodecParameters codecParameters() {
        return input.stream().codecpar();
    }

    AVRational timeBase() {
        return input.stream().time_base();
    }

    /** Throws unless this segment can continue the stream {@code firstFile} began: same codec, headers, size, rate. */
    void requireMatches(Shape first, Path firstFile) throws IOException {
        if (!shape.sameCodingAs(first)) {
            String why = shape.describe().equals(first.describe()) ? " (its encoder settings differ)" : "";
            throw new IOException("segment " + file() + " (" + shape.describe() + ") does not match the first segment "
                    + firstFile + " (" + first.describe() + ")" + why + ": every segment must be encoded with the "
                    + "same settings");
        }
    }

    /** Reads the next video packet into {@code packet}; false after the last. */
    boolean next(AVPacket packet) throws IOException {
        return input.next(packet);
    }

    @Override
    public void close() {
        input.close();
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
