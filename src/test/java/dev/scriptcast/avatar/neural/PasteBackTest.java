package dev.scriptcast.avatar.neural;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.Sprite;
import java.nio.FloatBuffer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasteBackTest {

    @Test
    void thePastedMouthLeavesNoVisibleSeamAndTakesTheFaceColours() {
        StillPortrait portrait = StillPortrait.load(TestPortrait.path(), 384, 384, Optional.empty());
        AvatarFrames.Frame frame = portrait.next();
        Sprite image = frame.image();
        Rect box = frame.face();
        float[] output = tinyModelOutput(frame);

        int[] face = region(image.argb(), image.width(), box);
        Sprite patch = new PasteBack(face, box.w(), box.h()).patch(output, 96);
        Canvas feathered = new Canvas(image.width(), image.height());
        feathered.fill(image);
        feathered.blend(patch, box.x(), box.y());
        Canvas hard = rectanglePaste(image, output, box);

        float[] mask = PasteBack.lowerFaceMask(box.w(), box.h());
        double ours = Math.max(extraGradientOnEdge(feathered.argb(), image.argb(), image.width(), box),
                extraGradientOnContour(feathered.argb(), image.argb(), image.width(), box, mask));
        double rectangle = extraGradientOnEdge(hard.argb(), image.argb(), image.width(), box);
        // Gradients in 8-bit levels per pixel: how much steeper the frame became where the patch meets the face.
        assertThat(ours).isLessThan(0.5);
        assertThat(rectangle).as("a plain rectangle paste of the same output shows its edge")
                .isGreaterThan(1.0).isGreaterThan(3 * ours);

        for (int c = 0; c < 3; c++) {
            double original = meanUnderMask(image.argb(), image.width(), box, mask, c);
            double pasted = meanUnderMask(feathered.argb(), image.width(), box, mask, c);
            assertThat(pasted).isCloseTo(original, org.assertj.core.data.Offset.offset(6.0));
        }
    }

    @Test
    void theMaskIsZeroAlongTheWholeBoxEdge() {
        float[] mask = PasteBack.lowerFaceMask(120, 130);
        for (int x = 0; x < 120; x++) {
            assertThat(mask[x]).isZero();
            assertThat(mask[129 * 120 + x]).isZero();
        }
        for (int y = 0; y < 130; y++) {
            assertThat(mask[y * 120]).isZero();
            assertThat(mask[y * 120 + 119]).isZero();
        }
        assertThat(mask[(int) (0.68 * 130) * 120 + 60]).isEqualTo(1f);
    }

    private static float[] tinyModelOutput(AvatarFrames.Frame frame) {
        try (LipSyncModel model = LipSyncModel.load(LipSyncModelTest.model("tiny-96.onnx"))) {
            ModelBatch batch = model.newBatch(1);
            batch.face().put(0, FaceCrop.stack(frame.image().argb(), frame.image().width(), frame.face(), 96));
            LipSyncModelTest.fillMel(batch, 0, 3f);
            model.run(batch, 1);
            float[] out = new float[batch.outputFloats()];
            batch.output().get(0, out);
            return out;
        }
    }

    static int[] region(int[] argb, int width, Rect box) {
        int[] out = new int[box.w() * box.h()];
        for (int row = 0; row < box.h(); row++) {
            System.arraycopy(argb, (box.y() + row) * width + box.x(), out, row * box.w(), box.w());
        }
        return out;
    }

    /** Wav2Lip's own paste-back: the raw output resized into the whole face box. */
    private static Canvas rectanglePaste(Sprite image, float[] bgr, Rect box) {
        Canvas canvas = new Canvas(image.width(), image.height());
        canvas.fill(image);
        for (int y = 0; y < box.h(); y++) {
            for (int x = 0; x < box.w(); x++) {
                int i = (y * 96 / box.h()) * 96 + x * 96 / box.w();
                int b = Math.round(bgr[i] * 255);
                int g = Math.round(bgr[96 * 96 + i] * 255);
                int r = Math.round(bgr[2 * 96 * 96 + i] * 255);
                canvas.argb()[(box.y() + y) * image.width() + box.x() + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        return canvas;
    }

    /** Mean, along the face box's outline, of how much steeper the composite is than the original picture. */
    private static double extraGradientOnEdge(int[] composite, int[] original, int width, Rect box) {
        double sum = 0;
        int count = 0;
        for (int x = box.x() + 1; x < box.x() + box.w() - 1; x++) {
            for (int y : new int[] {box.y(), box.y() + box.h() - 1}) {
                sum += gradient(composite, width, y * width + x) - gradient(original, width, y * width + x);
                count++;
            }
        }
        for (int y = box.y() + 1; y < box.y() + box.h() - 1; y++) {
            for (int x : new int[] {box.x(), box.x() + box.w() - 1}) {
                sum += gradient(composite, width, y * width + x) - gradient(original, width, y * width + x);
                count++;
            }
        }
        return sum / count;
    }

    /** Mean, along the mask's half-way contour, of how much steeper the composite is than the original picture. */
    private static double extraGradientOnContour(int[] composite, int[] original, int width, Rect box, float[] mask) {
        double sum = 0;
        int count = 0;
        for (int y = 1; y < box.h() - 1; y++) {
            for (int x = 1; x < box.w() - 1; x++) {
                float m = mask[y * box.w() + x];
                if (m > 0.3f && m < 0.7f) {
                    int at = (box.y() + y) * width + box.x() + x;
                    sum += gradient(composite, width, at) - gradient(original, width, at);
                    count++;
                }
            }
        }
        return sum / count;
    }

    private static double gradient(int[] argb, int width, int at) {
        double total = 0;
        for (int c = 0; c < 24; c += 8) {
            int dx = ((argb[at + 1] >> c) & 0xFF) - ((argb[at - 1] >> c) & 0xFF);
            int dy = ((argb[at + width] >> c) & 0xFF) - ((argb[at - width] >> c) & 0xFF);
            total += Math.hypot(dx, dy) / 2;
        }
        return total / 3;
    }

    private static double meanUnderMask(int[] argb, int width, Rect box, float[] mask, int channel) {
        double sum = 0;
        int count = 0;
        for (int y = 0; y < box.h(); y++) {
            for (int x = 0; x < box.w(); x++) {
                if (mask[y * box.w() + x] > 0.5f) {
                    sum += (argb[(box.y() + y) * width + box.x() + x] >> (8 * channel)) & 0xFF;
                    count++;
                }
            }
        }
        return sum / count;
    }
}
