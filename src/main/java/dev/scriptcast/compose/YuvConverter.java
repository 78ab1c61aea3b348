package dev.scriptcast.compose;

import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_ITU709;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

/**
 * Converts packed ARGB ints (BGRA bytes in little-endian memory) to limited-range BT.709 yuv420p with
 * libswscale. Done by the producer threads, so the encoder thread only encodes; the matrix matches the
 * BT.709 tags written into the stream. One converter per thread.
 */
final class YuvConverter implements AutoCloseable {
    private final int width;
    private final int height;
    private final SwsContext sws;
    private final IntPointer src;
    private final PointerPointer<?> srcPlanes;
    private final IntPointer srcStride;
    private final IntPointer dstStride;

    YuvConverter(int width, int height) {
        this.width = width;
        this.height = height;
        sws = sws_getContext(width, height, AV_PIX_FMT_BGRA, width, height, AV_PIX_FMT_YUV420P,
                SWS_BILINEAR, null, null, (DoublePointer) null);
        if (sws == null) {
            throw new IllegalStateException("libswscale cannot convert " + width + "x" + height);
        }
        IntPointer bt709 = sws_getCoefficients(SWS_CS_ITU709);
        sws_setColorspaceDetails(sws, bt709, 1, bt709, 0, 0, 1 << 16, 1 << 16);
        src = new IntPointer((long) width * height);
        srcPlanes = new PointerPointer<>(1).put(0, src);
        srcStride = new IntPointer(1).put(0, width * 4);
        dstStride = new IntPointer(3).put(0, width).put(1, width / 2).put(2, width / 2);
    }

    /** Bytes of one yuv420p frame of this size. */
    static long frameBytes(int width, int height) {
        return (long) width * height * 3 / 2;
    }

    void convert(int[] argb, BytePointer yuv) {
        src.position(0).put(argb, 0, width * height);
        long luma = (long) width * height;
        try (PointerPointer<?> dst = new PointerPointer<>(3)) {
            dst.put(0, yuv.getPointer(0)).put(1, yuv.getPointer(luma)).put(2, yuv.getPointer(luma + luma / 4));
            sws_scale(sws, srcPlanes, srcStride, 0, height, dst, dstStride);
        }
    }

    @Override
    public void close() {
        sws_freeContext(sws);
        src.close();
        srcPlanes.close();
        srcStride.close();
        dstStride.close();
    }
}
