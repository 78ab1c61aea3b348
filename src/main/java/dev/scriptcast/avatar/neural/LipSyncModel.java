package dev.scriptcast.avatar.neural;

import dev.scriptcast.onnx.OnnxSession;
import dev.scriptcast.onnx.Placement;
import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.onnxruntime.RunOptions;

/**
 * A Wav2Lip-compatible ONNX model in ONNX Runtime (see {@link OnnxSession} for where it runs). Inputs are bound by
 * shape, never by name. {@link #run} is safe to call from several threads, each with its own {@link ModelBatch}.
 */
public final class LipSyncModel implements AutoCloseable {
    static final String WHAT = "lip-sync model";

    private final Path path;
    private final OnnxSession onnx;
    private final ModelLayout layout;
    private final PointerPointer<BytePointer> inputNames;
    private final PointerPointer<BytePointer> outputNames;
    private final RunOptions runOptions = new RunOptions();

    private LipSyncModel(Path path, OnnxSession onnx) {
        this.path = path;
        this.onnx = onnx;
        this.layout = ModelLayout.bind(path, onnx.shapes(true), onnx.shapes(false));
        this.inputNames = OnnxSession.nativeNames(onnx.names(true));
        this.outputNames = OnnxSession.nativeNames(onnx.names(false));
    }

    /** Loads a model on the GPU when possible, else on the CPU. */
    public static LipSyncModel load(Path path) {
        return load(path, Placement.auto());
    }

    /** Loads a model; {@code tryGpu} false keeps it on the CPU (to measure or compare). */
    public static LipSyncModel load(Path path, boolean tryGpu) {
        return load(path, tryGpu ? Placement.auto() : Placement.cpu(0));
    }

    public static LipSyncModel load(Path path, Placement placement) {
        return load(path, OnnxSession.read(WHAT, path), placement);
    }

    /** Loads the model file {@code path}'s {@code bytes}. */
    public static LipSyncModel load(Path path, byte[] bytes, Placement placement) {
        OnnxSession onnx = OnnxSession.load(WHAT, path, bytes, placement);
        try {
            return new LipSyncModel(path, onnx);
        } catch (RuntimeException e) {
            onnx.close();
            throw e;
        }
    }

    /** Side of the square face crop the model takes (96 for Wav2Lip, 256 for the HD variants). */
    public int faceSize() {
        return layout.faceSize();
    }

    /** "CUDA" or "CPU". */
    public String providerUsed() {
        return onnx.provider();
    }

    /** Whether the model runs on CUDA. */
    public boolean onGpu() {
        return providerUsed().equals("CUDA");
    }

    /** Why that provider runs the model, for the report. */
    public String providerReason() {
        return onnx.providerReason();
    }

    public Path path() {
        return path;
    }

    /** Tensors for up to {@code capacity} frames, reused from run to run by one thread. */
    public ModelBatch newBatch(int capacity) {
        return new ModelBatch(capacity, layout.faceSize());
    }

    /** Runs the model on the first {@code frames} frames of a batch, writing its output tensor. */
    public void run(ModelBatch batch, int frames) {
        ModelBatch.Tensors t = batch.tensors(frames, layout);
        onnx.session().Run(runOptions, inputNames, t.inputs(), 2, outputNames, t.outputs(), 1);
    }

    /**
     * On CUDA, one run of a full batch of blank inputs, so that the first run's set-up (loading kernels, creating
     * cuDNN's and cuBLAS's handles, growing the memory arena) happens here, off the first segment's path. On the CPU
     * it does nothing: there a run costs as much as any other.
     */
    public void warmUp(int batchSize) {
        if (onGpu()) {
            run(newBatch(batchSize), batchSize);
        }
    }

    @Override
    public void close() {
        onnx.close();
    }
}
