package dev.scriptcast.speech.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes tiny ONNX models with exactly the input and output signatures of Piper and Kokoro voices, built with
 * the ONNX protobuf classes. Each id lasts {@code (id mod 3 + 1)} frames, scaled by Piper's length scale (or
 * divided by Kokoro's speed) and rounded up by a {@code Ceil} node, and the audio is a tone exactly as long as
 * the frames: {@code sum(frames) × 256} samples for Piper, {@code × 600} for Kokoro.
 *
 * <p>Run {@code main} with a folder to write them all there; the tests write them to a temporary folder.
 */
public final class TinyVoiceModels {
    private static final int FLOAT = 1;
    private static final int INT64 = 7;

    private TinyVoiceModels() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/voices");
        Files.createDirectories(dir);
        write(dir.resolve("piper-tiny.onnx"), piper(true, false));
        write(dir.resolve("piper-tiny-speakers.onnx"), piper(true, true));
        write(dir.resolve("piper-no-ceil.onnx"), piper(false, false));
        write(dir.resolve("piper-mismatched.onnx"), mismatched());
        write(dir.resolve("kokoro-tiny.onnx"), kokoro(true));
        write(dir.resolve("kokoro-no-duration.onnx"), kokoro(false));
    }

    public static Path write(Path file, ModelProto model) throws IOException {
        Files.write(file, model.toByteArray());
        return file;
    }

    /** Piper's signature; without {@code ceil} the durations are rounded by Floor, so no Ceil node exists. */
    public static ModelProto piper(boolean ceil, boolean speakers) {
        GraphProto.Builder g = GraphProto.newBuilder().setName("piper-tiny")
                .addInput(tensor("input", INT64, 1, -1))
                .addInput(tensor("input_lengths", INT64, 1))
                .addInput(tensor("scales", FLOAT, 3));
        if (speakers) {
            g.addInput(tensor("sid", INT64, 1));
        }
        g.addInitializer(longs("three", 3)).addInitializer(floats("one", 1f))
                .addInitializer(longs("length_index", 1))
                .addNode(node("Mod", "input,three", "mod").addAttribute(intAttr("fmod", 0)))
                .addNode(node("Cast", "mod", "mod_f").addAttribute(intAttr("to", FLOAT)))
                .addNode(node("Add", "mod_f,one", "frames"))
                .addNode(node("Gather", "scales,length_index", "length_scale").addAttribute(intAttr("axis", 0)))
                .addNode(node("Mul", "frames,length_scale", "w"))
                .addNode(node(ceil ? "Ceil" : "Floor", "w", "w_ceil"));
        tone(g, "w_ceil", 256, 220f / 22050, "tone");
        g.addInitializer(longs("audio_shape", 1, 1, 1, -1))
                .addNode(node("Reshape", "tone,audio_shape", "output"))
                .addOutput(tensor("output", FLOAT, 1, 1, 1, -1));
        return model(g);
    }

    /** One float input named "text": neither Piper's nor Kokoro's. */
    public static ModelProto mismatched() {
        GraphProto.Builder g = GraphProto.newBuilder().setName("mismatched")
                .addInput(tensor("text", FLOAT, 1, -1))
                .addNode(node("Identity", "text", "output"))
                .addOutput(tensor("output", FLOAT, 1, -1));
        return model(g);
    }

    /** Kokoro's signature; with {@code duration}, the per-token duration output as in exports that have one. */
    public static ModelProto kokoro(boolean duration) {
        GraphProto.Builder g = GraphProto.newBuilder().setName("kokoro-tiny")
                .addInput(tensor("input_ids", INT64, 1, -1))
                .addInput(tensor("style", FLOAT, 1, 256))
                .addInput(tensor("speed", FLOAT, 1))
                .addInitializer(longs("three", 3)).addInitializer(floats("one", 1f))
                .addNode(node("Mod", "input_ids,three", "mod").addAttribute(intAttr("fmod", 0)))
                .addNode(node("Cast", "mod", "mod_f").addAttribute(intAttr("to", FLOAT)))
                .addNode(node("Add", "mod_f,one", "frames"))
                .addNode(node("Div", "frames,speed", "w"))
                .addNode(node("Ceil", "w", "w_ceil"));
        tone(g, "w_ceil", 600, 220f / 24000, "waveform");
        g.addOutput(tensor("waveform", FLOAT, -1));
        if (duration) {
            g.addNode(node("Cast", "w_ceil", "duration").addAttribute(intAttr("to", INT64)))
                    .addOutput(tensor("duration", INT64, 1, -1));
        }
        return model(g);
    }

    /** {@code out} = 0.3 sin(2π f t) for t < sum(frames) × samplesPerFrame, 1-D. */
    private static void tone(GraphProto.Builder g, String frames, int samplesPerFrame, float cyclesPerSample,
                             String out) {
        g.addInitializer(floats("samples_per_frame", samplesPerFrame)).addInitializer(floats("zero", 0f))
                .addInitializer(floats("step", 1f))
                .addInitializer(floats("radians_per_sample", (float) (2 * Math.PI * cyclesPerSample)))
                .addInitializer(floats("amplitude", 0.3f))
                .addNode(node("ReduceSum", frames, "total_frames").addAttribute(intAttr("keepdims", 0)))
                .addNode(node("Mul", "total_frames,samples_per_frame", "total_samples"))
                .addNode(node("Range", "zero,total_samples,step", "t"))
                .addNode(node("Mul", "t,radians_per_sample", "phase"))
                .addNode(node("Sin", "phase", "sine"))
                .addNode(node("Mul", "sine,amplitude", out));
    }

    private static ModelProto model(GraphProto.Builder graph) {
        return ModelProto.newBuilder().setIrVersion(8).setProducerName("scriptcast tests")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(13))
                .setGraph(graph).build();
    }

    private static NodeProto.Builder node(String op, String inputs, String output) {
        NodeProto.Builder n = NodeProto.newBuilder().setOpType(op).setName(output + "_" + op).addOutput(output);
        for (String input : inputs.split(",")) {
            n.addInput(input);
        }
        return n;
    }

    private static AttributeProto intAttr(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value)
                .build();
    }

    /** A tensor value info; -1 is a dynamic dimension. */
    private static ValueInfoProto tensor(String name, int type, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (int i = 0; i < dims.length; i++) {
            shape.addDim(dims[i] < 0 ? TensorShapeProto.Dimension.newBuilder().setDimParam(name + "_" + i)
                    : TensorShapeProto.Dimension.newBuilder().setDimValue(dims[i]));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(type).setShape(shape))).build();
    }

    /** A scalar (one value) or a 1-D int64 initializer. */
    private static TensorProto longs(String name, long... values) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(INT64);
        if (values.length > 1) {
            t.addDims(values.length);
        }
        for (long v : values) {
            t.addInt64Data(v);
        }
        return t.build();
    }

    private static TensorProto floats(String name, float value) {
        return TensorProto.newBuilder().setName(name).setDataType(FLOAT).addFloatData(value).build();
    }
}
