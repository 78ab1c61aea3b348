package dev.scriptcast.avatar.neural;

import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.Sprite;
import dev.scriptcast.base.ImageFile;
import dev.scriptcast.base.InputException;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;

/** A still portrait whose face is found once; every video frame starts from the same picture. */
final class StillPortrait implements AvatarFrames {
    private final Frame frame;

    StillPortrait(Sprite image, Rect face) {
        this.frame = new Frame(image, FaceBoxes.padded(face, image.width(), image.height()));
    }

    /**
     * Loads and scales a portrait to {@code width}×{@code height}; the face box, in the scaled picture's pixels,
     * is detected unless given.
     */
    static StillPortrait load(Path path, int width, int height, Optional<Rect> faceBox) {
        return of(path, read(path, "avatar.image"), width, height, faceBox);
    }

    static StillPortrait of(Path path, BufferedImage source, int width, int height, Optional<Rect> faceBox) {
        Sprite image = Sprite.of(scaled(source, width, height));
        Rect face = faceBox.or(() -> largestFace(image, width, height))
                .orElseThrow(() -> new InputException("no face found in avatar.image " + path
                        + " (a frontal face at least a tenth of the picture is needed)"));
        return new StillPortrait(image, face);
    }

    private static Optional<Rect> largestFace(Sprite image, int width, int height) {
        try (var detector = dev.scriptcast.avatar.photo.FaceDetector.open()) {
            return FaceDetector.largestFace(detector, image.argb(), width, height);
        }
    }

    static BufferedImage read(Path path, String flag) {
        return ImageFile.readArgb(path, flag);
    }

    static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    @Override
    public int width() {
        return frame.image().width();
    }

    @Override
    public int height() {
        return frame.image().height();
    }

    @Override
    public boolean still() {
        return true;
    }

    @Override
    public Frame next() {
        return frame;
    }

    @Override
    public void close() {
    }
}
