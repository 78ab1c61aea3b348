package dev.scriptcast.avatar.neural;

import dev.scriptcast.onnx.OnnxSession;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.onnxruntime.Value;

/**
 * Host tensors for one batch of frames: the caller writes mel chunks and face stacks, the model writes its
 * output in place. ONNX Runtime wraps these buffers without copying, and the same tensors serve every run,
 * so a render allocates them once.
 */
public final class ModelBatch {
    private final int capacity;
    private final int faceSize;
    private final FloatPointer mel;
    private final FloatPointer face;
    private final FloatPointer output;
    private final Map<Integer, Tensors> bySize = new HashMap<>();

    record Tensors(Value inputs, Value outputs) {
    }

    ModelBatch(int capacity, int faceSize) {
        if (capacity < 1) {
            throw new IllegalArgumentException("batch capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.faceSize = faceSize;
        this.mel = new FloatPointer((long) capacity * melFloats());
        this.face = new FloatPointer((long) capacity * faceFloats());
        this.output = new FloatPointer((long) capacity * outputFloats());
    }

    public int faceSize() {
        return faceSize;
    }

    /** Floats per frame in the mel input: 1×80×16. */
    public static int melFloats() {
        return MelSpectrogram.MELS * MelSpectrogram.CHUNK_COLUMNS;
    }

    /** Floats per frame in the face input: 6×S×S. */
    public int faceFloats() {
        return 6 * faceSize * faceSize;
    }

    /** Floats per frame in the output: 3×S×S, BGR planes in [0, 1]. */
    public int outputFloats() {
        return 3 * faceSize * faceSize;
    }

    /** The mel input as a direct buffer; frame i starts at i × {@link #melFloats()}. */
    public FloatBuffer mel() {
        return mel.position(0).limit((long) capacity * melFloats()).asBuffer();
    }

    /** The face input as a direct buffer; frame i starts at i × {@link #faceFloats()}. */
    public FloatBuffer face() {
        return face.position(0).limit((long) capacity * faceFloats()).asBuffer();
    }

    /** The model's output as a direct buffer; frame i starts at i × {@link #outputFloats()}. */
    public FloatBuffer output() {
        return output.position(0).limit((long) capacity * outputFloats()).asBuffer();
    }

    /** Tensors over the first {@code frames} frames, created once per distinct count (full and last batch). */
    Tensors tensors(int frames, ModelLayout layout) {
        if (frames < 1 || frames > capacity) {
            throw new IllegalArgumentException("frames " + frames + " outside 1.." + capacity);
        }
        return bySize.computeIfAbsent(frames, n -> {
            Value inputs = new Value(2);
            inputs.getPointer(layout.melInput()).put(tensor(mel, n, 1, MelSpectrogram.MELS,
                    MelSpectrogram.CHUNK_COLUMNS));
            inputs.getPointer(layout.faceInput()).put(tensor(face, n, 6, faceSize, faceSize));
            Value outputs = new Value(1);
            outputs.put(tensor(output, n, 3, faceSize, faceSize));
            return new Tensors(inputs, outputs);
        });
    }

    private static Value tensor(FloatPointer data, int frames, int channels, int height, int width) {
        LongPointer shape = new LongPointer(frames, channels, height, width);
        long count = (long) frames * channels * height * width;
        return Value.CreateTensorFloat(OnnxSession.CPU_MEMORY.asOrtMemoryInfo(), data.position(0), count, shape, 4);
    }
}
