package dev.scriptcast.lipsync;

import static org.bytedeco.opencv.global.opencv_imgproc.equalizeHist;

import dev.scriptcast.compose.Rect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

/**
 * Finds the largest frontal face with OpenCV's Haar cascade (shipped inside the OpenCV natives jar). One detector
 * per thread: a cascade classifier is not thread-safe.
 */
final class FaceDetector {
    private static final String CASCADE = "/org/bytedeco/opencv/" + Loader.getPlatform()
            + "/share/opencv4/haarcascades/haarcascade_frontalface_default.xml";

    private final CascadeClassifier cascade;

    FaceDetector() {
        try {
            cascade = new CascadeClassifier(Loader.cacheResource(CASCADE).getAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the face detector " + CASCADE, e);
        }
        if (cascade.empty()) {
            throw new IllegalStateException("face detector " + CASCADE + " did not load");
        }
    }

    /** The largest face in an opaque ARGB image, if any. */
    Optional<Rect> largestFace(int[] argb, int width, int height) {
        byte[] gray = new byte[width * height];
        for (int i = 0; i < gray.length; i++) {
            int p = argb[i];
            gray[i] = (byte) ((((p >> 16) & 0xFF) * 77 + ((p >> 8) & 0xFF) * 150 + (p & 0xFF) * 29) >> 8);
        }
        try (Mat image = new Mat(height, width, org.bytedeco.opencv.global.opencv_core.CV_8UC1);
             Mat equalised = new Mat();
             RectVector faces = new RectVector()) {
            image.data().put(gray);
            equalizeHist(image, equalised);
            int minSide = Math.max(24, Math.min(width, height) / 10);
            cascade.detectMultiScale(equalised, faces, 1.1, 5, 0, new Size(minSide, minSide), new Size());
            Rect best = null;
            for (long i = 0; i < faces.size(); i++) {
                org.bytedeco.opencv.opencv_core.Rect f = faces.get(i);
                if (best == null || f.width() * f.height() > best.w() * best.h()) {
                    best = new Rect(f.x(), f.y(), f.width(), f.height());
                }
            }
            return Optional.ofNullable(best);
        }
    }
}
