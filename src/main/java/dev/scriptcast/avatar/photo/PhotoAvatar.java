package dev.scriptcast.avatar.photo;

import dev.scriptcast.avatar.AvatarSettings;
import dev.scriptcast.avatar.Avatars;
import dev.scriptcast.avatar.Life;
import dev.scriptcast.avatar.Placement;
import dev.scriptcast.avatar.Rig;
import dev.scriptcast.avatar.Rig.Part;
import dev.scriptcast.avatar.Rig.Placed;
import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.Sprite;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.base.ImageFile;
import dev.scriptcast.base.InputException;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.speech.Word;
import dev.scriptcast.timeline.Timeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/** A still portrait brought to life: its mouth follows the visemes and its eyes blink. */
public final class PhotoAvatar {
    private PhotoAvatar() {}

    /**
     * The portrait prepared for animation, once per render and shared by every segment's rig: the photo found,
     * framed and scaled, its mouth warped into every shape and its lids half and fully closed.
     */
    public record Portrait(Placed photo, Placed[] mouths, List<Placed[]> lids, Rect box, Rect mouthBox)
            implements Avatars.Art {
        public Portrait {
            lids = List.copyOf(lids);
        }

        /** The portrait, its mouth following {@code visemes} and its eyes blinking; it does not sway. */
        @Override
        public Rig animate(Timeline<MouthShape> visemes, Timeline<Word> words, Timeline<Phoneme> phonemes,
                VideoFormat format, long durationMs, long seed) {
            Life life = Life.of(format, durationMs, visemes, words, phonemes, seed, 0, 0);
            List<Part> parts = new ArrayList<>();
            parts.add(Part.still(photo));
            parts.add(new Part(mouths, life.mouth, null, null));
            for (Placed[] lid : lids) {
                parts.add(new Part(lid, life.eyes, null, null));
            }
            return new Rig("avatar", parts, life.frames, box, mouthBox, visemes);
        }
    }

    /** Reads the photo, finds its face (unless the settings place the mouth) and draws every state of it. */
    public static Portrait prepare(AvatarSettings settings, Rect area) {
        Path path = settings.image();
        Mat original = read(path);
        Optional<FaceDetector.Face> face = FaceDetector.detectOnce(original);
        Rect mouth = settings.mouthOverride() != null ? settings.mouthOverride()
                : face.map(f -> mouthOf(f.box())).orElseThrow(() -> new InputException("no face found in " + path
                        + "; set avatar.mouth: [x, y, w, h] in the config"));
        checkInside(mouth, original, path);
        Rect crop = face.map(f -> portrait(f.box(), original)).filter(c -> contains(c, mouth))
                .orElse(new Rect(0, 0, original.cols(), original.rows()));
        Mat framed = new Mat(original, new org.bytedeco.opencv.opencv_core.Rect(crop.x(), crop.y(), crop.w(), crop.h()));
        Rect box = Placement.box(area, settings.position(), settings.scale(), crop.w() / (double) crop.h());
        double k = box.w() / (double) crop.w();
        Mat photo = new Mat();
        opencv_imgproc.resize(framed, photo, new Size(box.w(), box.h()), 0, 0,
                k < 1 ? opencv_imgproc.INTER_AREA : opencv_imgproc.INTER_CUBIC);

        MouthWarp mouthWarp = new MouthWarp(photo, scale(shift(mouth, crop), k));
        Placed[] mouths = new Placed[MouthShape.values().length];
        for (MouthShape shape : MouthShape.values()) {
            mouths[shape.ordinal()] = moved(mouthWarp.render(shape), box);
        }
        List<Placed[]> lids = new ArrayList<>();
        for (Rect eye : face.map(FaceDetector.Face::eyes).orElse(List.of())) {
            LidWarp lid = new LidWarp(photo, scale(shift(eye, crop), k));
            lids.add(new Placed[] {null, moved(lid.render(0.5), box), moved(lid.render(1.0), box)});
        }
        Rect widest = mouthWarp.widest();
        int x0 = Math.max(0, widest.x());
        int y0 = Math.max(0, widest.y());
        int x1 = Math.min(box.w(), widest.x() + widest.w());
        int y1 = Math.min(box.h(), widest.y() + widest.h());
        Rect mouthBox = new Rect(box.x() + x0, box.y() + y0, x1 - x0, y1 - y0);
        return new Portrait(new Placed(rounded(photo), box.x(), box.y()), mouths, lids, box, mouthBox);
    }

    /** The mouth sits in the lower third of a Haar face box, centred, about two fifths of its width. */
    static Rect mouthOf(Rect face) {
        int w = (int) Math.round(face.w() * 0.40);
        int h = (int) Math.round(face.h() * 0.14);
        int cy = face.y() + (int) Math.round(face.h() * 0.795);
        return new Rect(face.x() + (face.w() - w) / 2, cy - h / 2, w, h);
    }

    /**
     * Head and shoulders around the face, so the presenter's face reads at video size whatever the photo's
     * framing: 2.6 face widths wide, 3 face heights tall, starting well above the face box.
     */
    static Rect portrait(Rect face, Mat image) {
        int w = Math.min(image.cols(), (int) Math.round(face.w() * 2.6));
        int h = Math.min(image.rows(), (int) Math.round(face.h() * 3.0));
        int x = Math.clamp(face.x() + face.w() / 2 - w / 2, 0, image.cols() - w);
        int y = Math.clamp(face.y() - (int) Math.round(face.h() * 0.6), 0, image.rows() - h);
        return new Rect(x, y, w, h);
    }

    private static boolean contains(Rect outer, Rect inner) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.w() <= outer.x() + outer.w()
                && inner.y() + inner.h() <= outer.y() + outer.h();
    }

    private static Rect shift(Rect r, Rect origin) {
        return new Rect(r.x() - origin.x(), r.y() - origin.y(), r.w(), r.h());
    }

    private static Mat read(Path path) {
        Mat image = ImageFile.read(path, "avatar.image");
        if (image.cols() < 16 || image.rows() < 16) {
            image.close();
            throw new InputException("avatar.image " + path + ": the picture is smaller than 16x16");
        }
        return image;
    }

    private static void checkInside(Rect mouth, Mat image, Path path) {
        if (mouth.w() < 4 || mouth.h() < 2 || mouth.x() < 0 || mouth.y() < 0
                || mouth.x() + mouth.w() > image.cols() || mouth.y() + mouth.h() > image.rows()) {
            throw new InputException("avatar.mouth: " + mouth.x() + ", " + mouth.y() + ", " + mouth.w() + ", "
                    + mouth.h() + " is not inside " + path + " (" + image.cols() + "x" + image.rows() + ")");
        }
    }

    private static Rect scale(Rect r, double k) {
        return new Rect((int) Math.round(r.x() * k), (int) Math.round(r.y() * k),
                Math.max(1, (int) Math.round(r.w() * k)), Math.max(1, (int) Math.round(r.h() * k)));
    }

    private static Placed moved(Placed p, Rect box) {
        return p == null ? null : new Placed(p.sprite(), p.x() + box.x(), p.y() + box.y(), p.runs());
    }

    /** The photo with softly rounded corners, so it sits on any background like a card. */
    private static Sprite rounded(Mat bgr) {
        int w = bgr.cols();
        int h = bgr.rows();
        double radius = Math.min(w, h) * 0.06;
        int[] argb = new int[w * h];
        try (UByteIndexer idx = bgr.createIndexer()) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double dx = Math.max(0, Math.max(radius - x - 0.5, x + 0.5 - (w - radius)));
                    double dy = Math.max(0, Math.max(radius - y - 0.5, y + 0.5 - (h - radius)));
                    int a = (int) Math.round(255 * Math.clamp(radius - Math.hypot(dx, dy) + 0.5, 0, 1));
                    int r = idx.get(y, x, 2) * a / 255;
                    int g = idx.get(y, x, 1) * a / 255;
                    int b = idx.get(y, x, 0) * a / 255;
                    argb[y * w + x] = (a << 24) | (r << 16) | (g << 8) | b;
                }
            }
        }
        return new Sprite(argb, w, h);
    }
}
