package dev.scriptcast.avatar.neural;

import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.Sprite;
import dev.scriptcast.base.InputException;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * A presenter clip played in a loop under the lip-synced mouth. Faces are detected in every clip frame in a first
 * pass (only the boxes are kept, smoothed over five frames); frames are then decoded again as the render needs
 * them, so memory does not depend on the clip's length.
 */
final class LoopedClip implements AvatarFrames {
    private final Path path;
    private final int width;
    private final int height;
    private final List<Rect> faces;
    private final FFmpegFrameGrabber grabber;
    private final Java2DFrameConverter converter = new Java2DFrameConverter();
    private int next;

    private LoopedClip(Path path, int width, int height, List<Rect> faces) {
        this.path = path;
        this.width = width;
        this.height = height;
        this.faces = faces;
        this.grabber = open(path);
    }

    static LoopedClip load(Path path, int width, int height) {
        return open(path, width, height, faces(path, width, height));
    }

    /** Opens the clip for playing, with the face boxes {@link #faces} found in it. */
    static LoopedClip open(Path path, int width, int height, List<Rect> faces) {
        return new LoopedClip(path, width, height, faces);
    }

    /** The padded, smoothed face box of every frame of the clip scaled to {@code width}×{@code height}. */
    static List<Rect> faces(Path path, int width, int height) {
        if (!Files.isRegularFile(path)) {
            throw new InputException("avatar.video " + path + " does not exist");
        }
        List<Optional<Rect>> found = new ArrayList<>();
        FFmpegFrameGrabber grabber = open(path);
        try (Java2DFrameConverter converter = new Java2DFrameConverter();
             var detector = dev.scriptcast.avatar.photo.FaceDetector.open()) {
            Sprite frame;
            while ((frame = grab(grabber, converter, path, width, height)) != null) {
                found.add(FaceDetector.largestFace(detector, frame.argb(), width, height));
            }
        } finally {
            close(grabber);
        }
        if (found.isEmpty()) {
            throw new InputException("avatar.video " + path + " has no video frames");
        }
        return List.copyOf(FaceBoxes.smoothed(fillGaps(found, path, width, height)));
    }

    /** Width and height of the clip's pictures. */
    static int[] probe(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new InputException("avatar.video " + path + " does not exist");
        }
        FFmpegFrameGrabber grabber = open(path);
        try {
            if (grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
                throw new InputException("avatar.video " + path + " has no video stream");
            }
            return new int[] {grabber.getImageWidth(), grabber.getImageHeight()};
        } finally {
            close(grabber);
        }
    }

    /** Frames where the detector missed borrow the nearest earlier box (or the first one found). */
    private static List<Rect> fillGaps(List<Optional<Rect>> found, Path path, int width, int height) {
        Rect first = found.stream().flatMap(Optional::stream).findFirst().orElseThrow(() -> new InputException(
                "no face found in any frame of --avatar-video " + path));
        List<Rect> boxes = new ArrayList<>(found.size());
        Rect last = first;
        for (Optional<Rect> f : found) {
            last = f.orElse(last);
            boxes.add(FaceBoxes.padded(last, width, height));
        }
        return boxes;
    }

    private static FFmpegFrameGrabber open(Path path) {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(path.toFile());
        try {
            grabber.start();
            return grabber;
        } catch (FrameGrabber.Exception e) {
            close(grabber);
            throw new InputException("avatar.video " + path + " cannot be decoded: " + e.getMessage(), e);
        }
    }

    private static Sprite grab(FFmpegFrameGrabber grabber, Java2DFrameConverter converter, Path path, int width,
                               int height) {
        try {
            org.bytedeco.javacv.Frame frame = grabber.grabImage();
            if (frame == null) {
                return null;
            }
            BufferedImage image = converter.convert(frame);
            return Sprite.of(StillPortrait.scaled(image, width, height));
        } catch (FrameGrabber.Exception e) {
            throw new InputException("avatar.video " + path + " cannot be decoded: " + e.getMessage(), e);
        }
    }

    private static void close(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // Nothing more to release.
        }
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public boolean still() {
        return false;
    }

    @Override
    public Frame next() {
        if (next == faces.size()) {
            rewind();
        }
        Sprite image = grab(grabber, converter, path, width, height);
        if (image == null) {
            rewind();
            image = grab(grabber, converter, path, width, height);
        }
        return new AvatarFrames.Frame(image, true, faces.get(next++));
    }

    private void rewind() {
        try {
            grabber.restart();
        } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException("cannot loop " + path + ": " + e.getMessage(), e);
        }
        next = 0;
    }

    @Override
    public void close() {
        converter.close();
        close(grabber);
    }
}
