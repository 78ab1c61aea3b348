package dev.scriptcast.avatar.photo;

import dev.scriptcast.compose.Rect;
import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

/**
 * Finds the largest frontal face, and its eyes where it can, with the Haar cascades OpenCV ships. Public for the
 * neural lip-sync avatar, which needs the same face box. An instance holds its loaded cascades (slow to load, not
 * safe to share between threads) until closed; one thread uses it, e.g. for every frame of a clip.
 */
public final class FaceDetector implements AutoCloseable {
    private static final String CASCADES = "/org/bytedeco/opencv/linux-x86_64/share/opencv4/haarcascades/";

    /** A face box and zero to two eye boxes (left to right), in image pixels. */
    public record Face(Rect box, List<Rect> eyes) {}

    private final Map<String, CascadeClassifier> cascades = new HashMap<>();

    private FaceDetector() {}

    public static FaceDetector open() {
        return new FaceDetector();
    }

    /** Detects with cascades loaded for this call only. */
    public static Optional<Face> detectOnce(Mat bgr) {
        try (FaceDetector detector = open()) {
            return detector.detect(bgr);
        }
    }

    public Optional<Face> detect(Mat bgr) {
        Mat gray = new Mat();
        opencv_imgproc.cvtColor(bgr, gray, opencv_imgproc.COLOR_BGR2GRAY);
        opencv_imgproc.equalizeHist(gray, gray);
        int minSide = Math.max(24, Math.min(bgr.cols(), bgr.rows()) / 8);
        List<Rect> faces = detect(cascade("haarcascade_frontalface_alt2.xml"), gray, minSide, 4);
        if (faces.isEmpty()) {
            faces = detect(cascade("haarcascade_frontalface_default.xml"), gray, minSide, 6);
        }
        return faces.stream().max(Comparator.comparingInt(r -> r.w() * r.h()))
                .map(face -> new Face(face, eyes(gray, face)));
    }

    /** Eyes searched in the upper half of the face only, where a Haar eye detector is reliable. */
    private List<Rect> eyes(Mat gray, Rect face) {
        Rect upper = new Rect(face.x(), face.y(), face.w(), face.h() * 11 / 20);
        Mat roi = new Mat(gray, new org.bytedeco.opencv.opencv_core.Rect(upper.x(), upper.y(), upper.w(), upper.h()));
        List<Rect> found = new ArrayList<>();
        for (Rect r : detect(cascade("haarcascade_eye.xml"), roi, Math.max(8, face.w() / 8), 6)) {
            if (r.w() < face.w() / 2) {
                found.add(new Rect(r.x() + upper.x(), r.y() + upper.y(), r.w(), r.h()));
            }
        }
        found.sort(Comparator.comparingInt((Rect r) -> r.w() * r.h()).reversed());
        List<Rect> two = new ArrayList<>(found.subList(0, Math.min(2, found.size())));
        boolean oneEachSide = two.size() == 2
                && (two.get(0).x() + two.get(0).w() / 2 < face.x() + face.w() / 2)
                        != (two.get(1).x() + two.get(1).w() / 2 < face.x() + face.w() / 2);
        if (!oneEachSide) {
            return List.of();
        }
        two.sort(Comparator.comparingInt(Rect::x));
        return List.copyOf(two);
    }

    private static List<Rect> detect(CascadeClassifier cascade, Mat gray, int minSide, int neighbours) {
        RectVector hits = new RectVector();
        cascade.detectMultiScale(gray, hits, 1.08, neighbours, 0, new Size(minSide, minSide), new Size());
        List<Rect> out = new ArrayList<>();
        for (long i = 0; i < hits.size(); i++) {
            var r = hits.get(i);
            out.add(new Rect(r.x(), r.y(), r.width(), r.height()));
        }
        return out;
    }

    private CascadeClassifier cascade(String file) {
        return cascades.computeIfAbsent(file, FaceDetector::load);
    }

    @Override
    public void close() {
        cascades.values().forEach(CascadeClassifier::close);
        cascades.clear();
    }

    private static CascadeClassifier load(String file) {
        try {
            String path = Loader.cacheResource(FaceDetector.class, CASCADES + file).getAbsolutePath();
            CascadeClassifier cascade = new CascadeClassifier(path);
            if (cascade.empty()) {
                throw new IllegalStateException("OpenCV could not load its cascade " + path);
            }
            return cascade;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack OpenCV cascade " + file, e);
        } catch (LinkageError e) {
            // OpenCV's bundled face detection links its GUI module, which needs GTK 2 even when no window opens.
            throw new InputException("face detection needs OpenCV's native libraries, which could not load here"
                    + " (install the Debian package libgtk2.0-0): " + e.getMessage());
        }
    }
}
