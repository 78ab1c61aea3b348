package dev.scriptcast.avatar.neural;

import dev.scriptcast.compose.Rect;
import java.util.ArrayList;
import java.util.List;

/** Face boxes as Wav2Lip prepares them: padded to include the chin, and smoothed over time for video. */
final class FaceBoxes {
    /** Pixels added below a detected face so the chin and jaw are inside the regenerated region. */
    static final int PAD_BOTTOM = 10;
    /** Frames a box is averaged over, the frame itself and the next four. */
    static final int SMOOTHING_FRAMES = 5;

    private FaceBoxes() {
    }

    /** Pads the bottom edge and clamps the box to the image. */
    static Rect padded(Rect face, int imageWidth, int imageHeight) {
        int x1 = Math.max(0, face.x());
        int y1 = Math.max(0, face.y());
        int x2 = Math.min(imageWidth, face.x() + face.w());
        int y2 = Math.min(imageHeight, face.y() + face.h() + PAD_BOTTOM);
        return new Rect(x1, y1, x2 - x1, y2 - y1);
    }

    /** Box i becomes the mean of boxes i..i+4 (the last five near the end), which steadies detector jitter. */
    static List<Rect> smoothed(List<Rect> boxes) {
        int n = boxes.size();
        int window = Math.min(SMOOTHING_FRAMES, n);
        List<Rect> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int from = Math.min(i, n - window);
            double x = 0;
            double y = 0;
            double r = 0;
            double b = 0;
            for (int k = from; k < from + window; k++) {
                Rect box = boxes.get(k);
                x += box.x();
                y += box.y();
                r += box.x() + box.w();
                b += box.y() + box.h();
            }
            int x1 = (int) Math.round(x / window);
            int y1 = (int) Math.round(y / window);
            out.add(new Rect(x1, y1, (int) Math.round(r / window) - x1, (int) Math.round(b / window) - y1));
        }
        return out;
    }
}
