package dev.scriptcast.speech.onnx;

import static org.bytedeco.onnxruntime.global.onnxruntime.ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT;
import static org.bytedeco.onnxruntime.global.onnxruntime.ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64;

import dev.scriptcast.onnx.OnnxSession;
import dev.scriptcast.onnx.Placement;
import dev.scriptcast.speech.SpeechException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.onnxruntime.RunOptions;
import org.bytedeco.onnxruntime.Value;
import org.bytedeco.onnxruntime.ValueVector;

/**
 * A voice model in ONNX Runtime, with its duration tensor exposed when the graph has one (see
 * {@link DurationOutput}). Inputs are bound by name; {@link #run} may be called from several threads.
 */
final class VoiceSession implements AutoCloseable {
    private final OnnxSession onnx;
    private final Map<String, long[]> inputs = new LinkedHashMap<>();
    private final List<String> outputs;
    private final String durationOutput;

    private VoiceSession(OnnxSession onnx, String durationOutput) {
        this.onnx = onnx;
        List<String> names = onnx.names(true);
        List<long[]> shapes = onnx.shapes(true);
        for (int i = 0; i < names.size(); i++) {
            inputs.put(names.get(i), shapes.get(i));
        }
        this.outputs = onnx.names(false);
        this.durationOutput = durationOutput;
    }

    /** Loads the model; with {@code exposeCeil}, the single Ceil node's output becomes an output too. */
    static VoiceSession load(String what, Path path, Placement placement, boolean exposeCeil) {
        byte[] bytes = OnnxSession.read(what, path);
        DurationOutput.Exposed exposed = exposeCeil ? DurationOutput.expose(bytes).orElse(null) : null;
        OnnxSession onnx = OnnxSession.load(what, path, exposed == null ? bytes : exposed.model(), placement);
        return new VoiceSession(onnx, exposed == null ? null : exposed.output());
    }

    /** Input name → declared shape (-1 where dynamic), in the model's order. */
    Map<String, long[]> inputs() {
        return inputs;
    }

    List<String> outputs() {
        return outputs;
    }

    /** The exposed Ceil output, or null when the graph has none. */
    String durationOutput() {
        return durationOutput;
    }

    String provider() {
        return onnx.provider();
    }

    String providerReason() {
        return onnx.providerReason();
    }

    /** A tensor to feed: {@code long[]} or {@code float[]} data and its shape. */
    record Input(Object data, long... shape) {}

    /** Runs the model on named inputs and returns the named outputs, each flattened to floats. */
    Map<String, float[]> run(Map<String, Input> feeds, List<String> wanted) throws SpeechException {
        List<Pointer> memory = new ArrayList<>();
        Value in = new Value(feeds.size());
        int i = 0;
        for (Input input : feeds.values()) {
            in.getPointer(i++).put(tensor(input, memory));
        }
        try (PointerPointer<BytePointer> inNames = OnnxSession.nativeNames(new ArrayList<>(feeds.keySet()));
             PointerPointer<BytePointer> outNames = OnnxSession.nativeNames(wanted)) {
            ValueVector result = onnx.session().Run(new RunOptions(), inNames, in, feeds.size(), outNames,
                    wanted.size());
            try {
                Map<String, float[]> out = new LinkedHashMap<>();
                for (int k = 0; k < wanted.size(); k++) {
                    out.put(wanted.get(k), floats(result.get(k)));
                }
                return out;
            } finally {
                result.close();
            }
        } catch (RuntimeException e) {
            throw new SpeechException("the voice model failed: " + OnnxSession.oneLine(e.getMessage()), e);
        } finally {
            in.close();
            memory.forEach(Pointer::close);
        }
    }

    /** ONNX Runtime wraps the data without copying, so it lives in native memory kept until the run ends. */
    private static Value tensor(Input input, List<Pointer> memory) {
        LongPointer shape = new LongPointer(input.shape());
        memory.add(shape);
        if (input.data() instanceof long[] longs) {
            LongPointer data = new LongPointer(longs);
            memory.add(data);
            return Value.CreateTensorLong(OnnxSession.CPU_MEMORY.asOrtMemoryInfo(), data, longs.length, shape,
                    input.shape().length);
        }
        float[] floats = (float[]) input.data();
        FloatPointer data = new FloatPointer(floats);
        memory.add(data);
        return Value.CreateTensorFloat(OnnxSession.CPU_MEMORY.asOrtMemoryInfo(), data, floats.length, shape,
                input.shape().length);
    }

    private static float[] floats(Value value) {
        var info = value.GetTensorTypeAndShapeInfo();
        int count = Math.toIntExact(info.GetElementCount());
        float[] out = new float[count];
        int type = info.GetElementType();
        if (type == ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT) {
            value.GetTensorMutableDataFloat().capacity(count).get(out);
        } else if (type == ONNX_TENSOR_ELEMENT_DATA_TYPE_INT64) {
            long[] longs = new long[count];
            value.GetTensorMutableDataLong().capacity(count).get(longs);
            for (int k = 0; k < count; k++) {
                out[k] = longs[k];
            }
        } else {
            throw new IllegalStateException("output element type " + type + " is neither float nor int64");
        }
        return out;
    }

    @Override
    public void close() {
        onnx.close();
    }
}
