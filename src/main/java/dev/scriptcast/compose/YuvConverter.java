package dev.scriptcast.compose;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_ITU709;
import static org.bytedeco.ffmpeg.global.swscale.SWS_FULL_CHR_H_INP;
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
    private final Map<Long, Scratch> scratchBySize = new HashMap<>();

    YuvConverter(int width, int height) {
        this.width = width;
        this.height = height;
        // Full-resolution chroma input takes libswscale's direct path: half the time of the default at 1080p.
        sws = context(width, height);
        // Padded: libswscale's vector loads may read a little past the last pixel.
        src = new IntPointer((long) width * height + 64);
        srcPlanes = new PointerPointer<>(1).put(0, src);
        srcStride = new IntPointer(1).put(0, width * 4);
        dstStride = new IntPointer(3).put(0, width).put(1, width / 2).put(2, width / 2);
    }

    private static SwsContext context(int w, int h) {
        SwsContext c = sws_getContext(w, h, AV_PIX_FMT_BGRA, w, h, AV_PIX_FMT_YUV420P,
                SWS_BILINEAR | SWS_FULL_CHR_H_INP, null, null, (DoublePointer) null);
        if (c == null) {
            throw new IllegalStateException("libswscale cannot convert " + w + "x" + h);
        }
        IntPointer bt709 = sws_getCoefficients(SWS_CS_ITU709);
        sws_setColorspaceDetails(c, bt709, 1, bt709, 0, 0, 1 << 16, 1 << 16);
        return c;
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

    /**
     * Converts only {@code regions} (even-aligned) of the frame and takes the rest from {@code baseYuv}, the
     * static background converted once. Each region goes through a scratch picture of its own, because
     * libswscale's vector code may write past a row's end, which in place would spill onto the neighbours.
     */
    void convert(int[] argb, BytePointer yuv, List<Rect> regions, BytePointer baseYuv) {
        long frameBytes = frameBytes(width, height);
        Pointer.memcpy(yuv.position(0), baseYuv.position(0), frameBytes);
        ByteBuffer frame = yuv.position(0).limit(frameBytes).asByteBuffer();
        int luma = width * height;
        int chromaWidth = width / 2;
        for (Rect r : regions) {
            copyIn(argb, r);
            Scratch scratch = scratchBySize.computeIfAbsent(((long) r.w() << 32) | r.h(),
                    k -> new Scratch(r.w(), r.h()));
            try (PointerPointer<?> from = new PointerPointer<>(1)) {
                from.put(0, src.position(0).getPointer((long) r.y() * width + r.x()));
                sws_scale(scratch.sws, from, srcStride, 0, r.h(), scratch.planes, scratch.strides);
            }
            ByteBuffer out = scratch.bytes;
            int chromaAt = r.y() / 2 * chromaWidth + r.x() / 2;
            copyRows(out, 0, scratch.lumaStride, frame, r.y() * width + r.x(), width, r.w(), r.h());
            copyRows(out, scratch.chromaOffset, scratch.chromaStride, frame, luma + chromaAt, chromaWidth,
                    r.w() / 2, r.h() / 2);
            copyRows(out, scratch.chromaOffset + scratch.chromaPlane, scratch.chromaStride, frame,
                    luma + luma / 4 + chromaAt, chromaWidth, r.w() / 2, r.h() / 2);
        }
    }

    // The row loops are methods of their own: in one method, each loop's on-stack compilation compiled the whole
    // of it again, four C2 compilations and 0.35 s of compiler time in a render that drew 350 frames.

    /** The region's rows of {@code argb} into the native source picture. */
    private void copyIn(int[] argb, Rect r) {
        for (int row = r.y(); row < r.y() + r.h(); row++) {
            int at = row * width + r.x();
            src.position(at).put(argb, at, r.w());
        }
    }

    /** {@code rows} rows of {@code length} bytes from {@code from} into {@code to}, each with its own stride. */
    private static void copyRows(ByteBuffer from, int fromAt, int fromStride, ByteBuffer to, int toAt, int toStride,
                                 int length, int rows) {
        for (int row = 0; row < rows; row++) {
            to.put(toAt + row * toStride, from, fromAt + row * fromStride, length);
        }
    }

    /** A region size's conversion context and picture, rows padded so vector writes stay inside. */
    private static final class Scratch implements AutoCloseable {
        final SwsContext sws;
        final int lumaStride;
        final int chromaStride;
        final int chromaOffset;
        final int chromaPlane;
        final BytePointer memory;
        final ByteBuffer bytes;
        final PointerPointer<?> planes;
        final IntPointer strides;

        Scratch(int w, int h) {
            sws = context(w, h);
            lumaStride = (w + 127) & ~63;
            chromaStride = (w / 2 + 127) & ~63;
            chromaOffset = lumaStride * h;
            chromaPlane = chromaStride * (h / 2 + 1);
            int size = chromaOffset + 2 * chromaPlane;
            memory = new BytePointer(size);
            bytes = memory.asByteBuffer();
            planes = new PointerPointer<>(3).put(0, memory.getPointer(0)).put(1, memory.getPointer(chromaOffset))
                    .put(2, memory.getPointer(chromaOffset + chromaPlane));
            strides = new IntPointer(3).put(0, lumaStride).put(1, chromaStride).put(2, chromaStride);
        }

        @Override
        public void close() {
            sws_freeContext(sws);
            memory.close();
            planes.close();
            strides.close();
        }
    }

    @Override
    public void close() {
        scratchBySize.values().forEach(Scratch::close);
        sws_freeContext(sws);
        src.close();
        srcPlanes.close();
        srcStride.close();
        dstStride.close();
    }
}
