package dev.scriptcast.avatar.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.avatar.AvatarLayer;
import dev.scriptcast.avatar.AvatarSettings;
import dev.scriptcast.avatar.Avatars;
import dev.scriptcast.avatar.Frames;
import dev.scriptcast.avatar.mouth.MouthShape;
import dev.scriptcast.compose.Canvas;
import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.base.InputException;
import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.timeline.Timed;
import dev.scriptcast.timeline.Timeline;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoAvatarTest {
    private static final VideoFormat FORMAT = new VideoFormat(1280, 720, 30);
    private static final Rect AREA = new Rect(640, 0, 640, 720);

    @TempDir
    Path dir;

    private static Timeline<Phoneme> bob() {
        return new Timeline<>(List.of(
                new Timed<>(0, 300, new Phoneme("_", Phoneme.Alphabet.SAMPA, false)),
                new Timed<>(300, 370, new Phoneme("b", Phoneme.Alphabet.SAMPA, false)),
                new Timed<>(370, 600, new Phoneme("A", Phoneme.Alphabet.SAMPA, true)),
                new Timed<>(600, 680, new Phoneme("b", Phoneme.Alphabet.SAMPA, false)),
                new Timed<>(680, 2000, new Phoneme("_", Phoneme.Alphabet.SAMPA, false))));
    }

    private static AvatarLayer build(Path image, Rect mouth) {
        return Avatars.create(new AvatarSettings(true, "aurora", "center", 1.0, image, mouth, 3), bob(),
                Timeline.empty(), FORMAT, AREA);
    }

    @Test
    void findsTheAstronautsFaceMouthAndEyes() {
        var face = FaceDetector.detectOnce(opencv_imgcodecs.imread(TestPortrait.path().toString())).orElseThrow();
        Rect mouth = PhotoAvatar.mouthOf(face.box());
        // Measured by hand on the 512 × 512 picture: mouth centre (224, 146), eyes (204, 101) and (247, 101).
        assertThat(mouth.x() + mouth.w() / 2.0).isCloseTo(224, org.assertj.core.data.Offset.offset(8.0));
        assertThat(mouth.y() + mouth.h() / 2.0).isCloseTo(146, org.assertj.core.data.Offset.offset(8.0));
        assertThat(face.eyes()).hasSize(2);
        assertThat(face.eyes().get(0).x() + face.eyes().get(0).w() / 2.0).isCloseTo(204, org.assertj.core.data.Offset.offset(8.0));
        assertThat(face.eyes().get(1).x() + face.eyes().get(1).w() / 2.0).isCloseTo(247, org.assertj.core.data.Offset.offset(8.0));
    }

    @Test
    void openMouthChangesTheMouthAndNothingFarFromIt() {
        AvatarLayer layer = build(TestPortrait.path(), null);
        int rest = FORMAT.frameCount(100);
        int open = FORMAT.frameCount(400);
        assertThat(layer.visemes().at(400).orElseThrow().value()).isEqualTo(MouthShape.D);
        Canvas a = Frames.render(layer, rest, FORMAT.width(), FORMAT.height());
        Canvas b = Frames.render(layer, open, FORMAT.width(), FORMAT.height());
        assertThat(Frames.meanDiff(a, b, layer.mouthBox())).isGreaterThan(25);
        Rect changed = Frames.changed(a, b);
        Rect m = layer.mouthBox();
        Rect near = new Rect(m.x() - m.w(), m.y() - m.h(), m.w() * 3, m.h() * 4);
        assertThat(Frames.contains(near, changed)).as("changed %s, mouth %s", changed, m).isTrue();
    }

    @Test
    void eyesBlinkSomewhereInTheFirstSixSeconds() {
        AvatarLayer layer = build(TestPortrait.path(), null);
        Canvas first = Frames.render(layer, 0, FORMAT.width(), FORMAT.height());
        boolean blinked = false;
        for (int f = 0; f < FORMAT.frameCount(6000) && !blinked; f++) {
            Canvas c = Frames.render(layer, f, FORMAT.width(), FORMAT.height());
            Rect changed = Frames.changed(first, c);
            blinked = changed != null && changed.y() + changed.h() < layer.mouthBox().y();
        }
        assertThat(blinked).isTrue();
    }

    @Test
    void noFaceWithoutOverrideTellsHowToSetTheMouth() throws Exception {
        Path blank = dir.resolve("wall.png");
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "png", blank.toFile());
        assertThatThrownBy(() -> build(blank, null)).isInstanceOf(InputException.class)
                .hasMessage("no face found in " + blank + "; set avatar.mouth: [x, y, w, h] in the config");
        AvatarLayer layer = build(blank, new Rect(140, 150, 40, 14));
        assertThat(layer.mouthBox().w()).isGreaterThan(0);
    }

    @Test
    void mouthOverrideAtThePhotosEdgeStillOpens() throws Exception {
        Path photo = dir.resolve("edge.png");
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(0xE0B090), 0, 240, new java.awt.Color(0xB07050)));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        ImageIO.write(img, "png", photo.toFile());
        AvatarLayer layer = build(photo, new Rect(140, 224, 40, 14));
        Canvas rest = Frames.render(layer, FORMAT.frameCount(100), FORMAT.width(), FORMAT.height());
        Canvas open = Frames.render(layer, FORMAT.frameCount(400), FORMAT.width(), FORMAT.height());
        assertThat(Frames.meanDiff(rest, open, layer.mouthBox())).isGreaterThan(10);
    }

    @Test
    void corruptOrMissingImageNamesTheFile() throws Exception {
        Path corrupt = dir.resolve("broken.png");
        Files.write(corrupt, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        assertThatThrownBy(() -> build(corrupt, null)).isInstanceOf(InputException.class)
                .hasMessageContaining(corrupt.toString());
        Path missing = dir.resolve("nobody.jpg");
        assertThatThrownBy(() -> build(missing, null)).isInstanceOf(InputException.class)
                .hasMessageContaining(missing.toString());
    }
}
