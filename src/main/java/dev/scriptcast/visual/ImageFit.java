package dev.scriptcast.visual;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

import dev.scriptcast.base.ImageFile;
import dev.scriptcast.compose.Sprite;
import dev.scriptcast.compose.VideoFormat;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2BGRA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LANCZOS4;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

/**
 * Decodes an image upright ({@link ImageFile}) and scales it to cover a frame:
 * area averaging when shrinking, Lanczos when enlarging, centre-cropped.
 */
final class ImageFit {
    private ImageFit() {}

    /**
     * The image covering the frame enlarged by {@code zoom} (≥ 1, room for motion), or null if OpenCV
     * cannot decode the file as an image.
     */
    static Sprite read(Path path, VideoFormat fmt, double zoom) {
        int w = fmt.width();
        int h = fmt.height();
        Mat decoded = ImageFile.tryRead(path).orElse(null);
        if (decoded == null) {
            return null;
        }
        try (Mat src = decoded) {
            double scale = Math.max((double) w / src.cols(), (double) h / src.rows()) * zoom;
            int sw = Math.max(w, (int) Math.ceil(src.cols() * scale));
            int sh = Math.max(h, (int) Math.ceil(src.rows() * scale));
            try (Mat scaled = new Mat(); Mat bgra = new Mat()) {
                resize(src, scaled, new Size(sw, sh), 0, 0, scale < 1 ? INTER_AREA : INTER_LANCZOS4);
                int cw = (int) Math.round(w * zoom);
                int ch = (int) Math.round(h * zoom);
                try (Mat crop = new Mat(scaled, new Rect((sw - cw) / 2, (sh - ch) / 2, cw, ch))) {
                    cvtColor(crop, bgra, COLOR_BGR2BGRA);
                }
                return toSprite(bgra);
            }
        }
    }

    /** BGRA bytes read as little-endian ints are exactly ARGB; opaque, so already premultiplied. */
    static Sprite toSprite(Mat bgra) {
        int w = bgra.cols();
        int h = bgra.rows();
        int[] px = new int[w * h];
        ByteBuffer bytes = bgra.createBuffer();
        bytes.order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(px);
        return new Sprite(px, w, h);
    }
}
