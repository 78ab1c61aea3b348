package dev.scriptcast.avatar.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.base.InputException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LipSyncModelTest {

    static Path model(String name) {
        try {
            return Path.of(LipSyncModelTest.class.getResource("/lipsync/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bindsFaceAndMelByShapeWhateverTheirNamesAndOrder() {
        try (LipSyncModel faceFirst = LipSyncModel.load(model("tiny-96.onnx"));
             LipSyncModel melFirst = LipSyncModel.load(model("tiny-256.onnx"))) {
            assertThat(faceFirst.faceSize()).isEqualTo(96);
            assertThat(melFirst.faceSize()).isEqualTo(256);
            for (LipSyncModel model : new LipSyncModel[] {faceFirst, melFirst}) {
                ModelBatch batch = model.newBatch(2);
                int s = model.faceSize();
                fillFace(batch, 0, 0.9f);
                fillFace(batch, 1, 0.1f);
                fillMel(batch, 0, 4f);
                fillMel(batch, 1, 4f);
                model.run(batch, 2);
                FloatBuffer out = batch.output();
                float bright = out.get(s * s / 2 + s / 2);
                float dark = out.get(batch.outputFloats() + s * s / 2 + s / 2);
                // The face drives the picture: a swapped binding would feed mel values where pixels belong.
                assertThat(bright).isGreaterThan(0.8f);
                assertThat(dark).isLessThan(0.3f);
            }
        }
    }

    @Test
    void louderAudioOpensTheMouthAndLeavesTheForehead() {
        try (LipSyncModel model = LipSyncModel.load(model("tiny-96.onnx"))) {
            ModelBatch batch = model.newBatch(2);
            fillFace(batch, 0, 0.5f);
            fillFace(batch, 1, 0.5f);
            fillMel(batch, 0, -4f);
            fillMel(batch, 1, 4f);
            model.run(batch, 2);
            FloatBuffer out = batch.output();
            int mouth = 73 * 96 + 48;
            int forehead = 20 * 96 + 48;
            assertThat(out.get(batch.outputFloats() + mouth)).isLessThan(out.get(mouth) - 0.1f);
            assertThat(out.get(batch.outputFloats() + forehead)).isEqualTo(out.get(forehead));
        }
    }

    @Test
    void aShortLastBatchGivesTheSameFramesAsAFullOne() {
        try (LipSyncModel model = LipSyncModel.load(model("tiny-96.onnx"))) {
            ModelBatch batch = model.newBatch(4);
            for (int i = 0; i < 4; i++) {
                fillFace(batch, i, 0.2f * i + 0.1f);
                fillMel(batch, i, i - 2f);
            }
            model.run(batch, 4);
            float[] full = new float[batch.outputFloats() * 4];
            batch.output().get(full);
            model.run(batch, 3);
            float[] partial = new float[batch.outputFloats() * 3];
            batch.output().get(partial);
            for (int k = 0; k < partial.length; k += 97) {
                assertThat(partial[k]).isEqualTo(full[k]);
            }
        }
    }

    @Test
    void aModelMatchingNeitherLayoutIsRejectedInOneLine() {
        Path path = model("mismatched.onnx");
        assertThatThrownBy(() -> LipSyncModel.load(path))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(path.toString())
                .hasMessageContaining("(B,3,64,64)")
                .hasMessageContaining("expected a mel chunk (B,1,80,16) and a face stack (B,6,S,S)")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aMissingOrCorruptModelIsNamed(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("absent.onnx");
        assertThatThrownBy(() -> LipSyncModel.load(missing))
                .isInstanceOf(InputException.class)
                .hasMessage("lip-sync model " + missing + " does not exist");

        Path corrupt = Files.write(dir.resolve("corrupt.onnx"), "not a model at all".getBytes());
        assertThatThrownBy(() -> LipSyncModel.load(corrupt))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("lip-sync model " + corrupt + " is not a valid ONNX model")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theCpuFallbackSaysWhy() {
        try (LipSyncModel model = LipSyncModel.load(model("tiny-96.onnx"), false)) {
            assertThat(model.providerUsed()).isEqualTo("CPU");
            assertThat(model.providerReason()).isEqualTo("CPU requested");
        }
        try (LipSyncModel model = LipSyncModel.load(model("tiny-96.onnx"))) {
            if (model.providerUsed().equals("CPU")) {
                assertThat(model.providerReason()).containsAnyOf("no CUDA execution provider", "did not load");
            }
        }
    }

    static void fillFace(ModelBatch batch, int frame, float value) {
        FloatBuffer face = batch.face();
        for (int k = 0; k < batch.faceFloats(); k++) {
            face.put(frame * batch.faceFloats() + k, value);
        }
    }

    static void fillMel(ModelBatch batch, int frame, float value) {
        FloatBuffer mel = batch.mel();
        for (int k = 0; k < ModelBatch.melFloats(); k++) {
            mel.put(frame * ModelBatch.melFloats() + k, value);
        }
    }
}
