package dev.scriptcast.base;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Optional;

import org.bytedeco.opencv.opencv_core.Mat;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2BGRA;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

/**
 * The one way scriptcast reads a picture: OpenCV's decoder, which turns the image upright by its EXIF
 * orientation (as a photo viewer shows it), into opaque 8-bit BGR.
 */
public final class ImageFile {
    private ImageFile() {}

    /** The decoded picture (the caller closes it), or empty if the file is not an image OpenCV can decode. */
    public static Optional<Mat> tryRead(Path path) {
        Mat image = imread(path.toString(), IMREAD_COLOR);
        if (image == null || image.empty()) {
            if (image != null) {
                image.close();
            }
            return Optional.empty();
        }
        return Optional.of(image);
    }

    /** The decoded picture (the caller closes it); a missing or undecodable file is one line naming {@code what}. */
    public static Mat read(Path path, String what) {
        InputFiles.requireFile(path, what + " " + path);
        return tryRead(path).orElseThrow(() -> new InputException(what + " " + path
                + ": cannot read it as an image (corrupt or unsupported; use PNG, JPEG, BMP, TIFF or WebP)"));
    }

    /** Like {@link #read}, as an opaque ARGB picture. */
    public static BufferedImage readArgb(Path path, String what) {
        try (Mat bgr = read(path, what); Mat bgra = new Mat()) {
            cvtColor(bgr, bgra, COLOR_BGR2BGRA);
            BufferedImage out = new BufferedImage(bgra.cols(), bgra.rows(), BufferedImage.TYPE_INT_ARGB);
            int[] px = new int[bgra.cols() * bgra.rows()];
            // BGRA bytes read as little-endian ints are exactly ARGB.
            ByteBuffer bytes = bgra.createBuffer();
            bytes.order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(px);
            out.setRGB(0, 0, bgra.cols(), bgra.rows(), px, 0, bgra.cols());
            return out;
        }
    }
}
