package dev.scriptcast.avatar.neural;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import dev.scriptcast.compose.Rect;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;

/** The photo avatar's face detector (OpenCV Haar cascades) applied to the avatar's ARGB frames. */
final class FaceDetector {
    private FaceDetector() {
    }

    /** The largest face in an opaque ARGB image, if any. */
    static Optional<Rect> largestFace(dev.scriptcast.avatar.photo.FaceDetector detector, int[] argb, int width,
                                      int height) {
        byte[] bgr = new byte[width * height * 3];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            bgr[3 * i] = (byte) p;
            bgr[3 * i + 1] = (byte) (p >> 8);
            bgr[3 * i + 2] = (byte) (p >> 16);
        }
        try (Mat image = new Mat(height, width, CV_8UC3)) {
            image.data().put(bgr);
            return detector.detect(image).map(f -> f.box());
        }
    }
}
