package dev.scriptcast.avatar.neural;

import static org.bytedeco.onnxruntime.global.onnxruntime.GetAvailableProviders;
import static org.bytedeco.onnxruntime.global.onnxruntime.ORT_LOGGING_LEVEL_FATAL;

import dev.scriptcast.base.InputException;
import dev.scriptcast.base.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.onnxruntime.Env;
import org.bytedeco.onnxruntime.LongVector;
import org.bytedeco.onnxruntime.OrtCUDAProviderOptions;
import org.bytedeco.onnxruntime.RunOptions;
import org.bytedeco.onnxruntime.Session;
import org.bytedeco.onnxruntime.SessionOptions;
import org.bytedeco.onnxruntime.StringVector;
import org.bytedeco.onnxruntime.TypeInfo;

/**
 * A Wav2Lip-compatible ONNX model in ONNX Runtime: the CUDA execution provider when a GPU and the CUDA 13
 * libraries load, else the CPU, with the reason kept for the report. Inputs are bound by shape, never by name.
 * {@link #run} is safe to call from several threads, each with its own {@link ModelBatch}.
 */
public final class LipSyncModel implements AutoCloseable {
    private static final String CUDA = "CUDAExecutionProvider";

    private final Path path;
    private final Env env;
    private final Session session;
    private final ModelLayout layout;
    private final PointerPointer<BytePointer> inputNames;
    private final PointerPointer<BytePointer> outputNames;
    private final RunOptions runOptions = new RunOptions();
    private final String providerUsed;
    private final String providerReason;

    private LipSyncModel(Path path, Env env, Session session, String providerUsed, String providerReason) {
        this.path = path;
        this.env = env;
        this.session = session;
        this.providerUsed = providerUsed;
        this.providerReason = providerReason;
        this.layout = ModelLayout.bind(path, shapes(session, true), shapes(session, false));
        this.inputNames = names(session.GetInputNames());
        this.outputNames = names(session.GetOutputNames());
    }

    /** Loads a model on the GPU when possible, else on the CPU. */
    public static LipSyncModel load(Path path) {
        return load(path, true);
    }

    /** Loads a model; {@code tryGpu} false keeps it on the CPU (to measure or compare). */
    public static LipSyncModel load(Path path, boolean tryGpu) {
        return load(path, tryGpu, 0);
    }

    /** As {@link #load(Path, boolean)}; on the CPU one run uses at most {@code cpuThreads} threads (0: every core). */
    public static LipSyncModel load(Path path, boolean tryGpu, int cpuThreads) {
        byte[] bytes = read(path);
        Env env = new Env(ORT_LOGGING_LEVEL_FATAL, "scriptcast-lipsync");
        String reason = "CPU requested";
        if (tryGpu) {
            if (!available().contains(CUDA)) {
                reason = "this ONNX Runtime build has no CUDA execution provider (CPU natives; build with -Pgpu)";
            } else {
                Session session = null;
                try {
                    SessionOptions options = new SessionOptions();
                    options.AppendExecutionProvider_CUDA(new OrtCUDAProviderOptions());
                    session = new Session(env, new BytePointer(bytes), bytes.length, options);
                } catch (RuntimeException e) {
                    // A model ONNX Runtime cannot parse fails the same way on the CPU below, with its own message.
                    reason = "CUDA execution provider did not load (" + oneLine(e.getMessage())
                            + "); it needs an NVIDIA GPU with CUDA 13 and cuDNN 9 on LD_LIBRARY_PATH";
                }
                if (session != null) {
                    return new LipSyncModel(path, env, session, "CUDA", "CUDA execution provider loaded on GPU 0");
                }
            }
        }
        SessionOptions cpu = new SessionOptions();
        if (cpuThreads > 0) {
            cpu.SetIntraOpNumThreads(cpuThreads);
        }
        return new LipSyncModel(path, env, open(path, env, bytes, cpu), "CPU", reason);
    }

    private static Session open(Path path, Env env, byte[] bytes, SessionOptions options) {
        try {
            return new Session(env, new BytePointer(bytes), bytes.length, options);
        } catch (RuntimeException e) {
            throw new InputException("lip-sync model " + path + " is not a valid ONNX model: "
                    + oneLine(e.getMessage()), e);
        }
    }

    private static byte[] read(Path path) {
        InputFiles.refuseFolderOrDevice(path, "lip-sync model " + path);
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException("lip-sync model " + path + " does not exist", e);
        } catch (IOException e) {
            throw new InputException("lip-sync model " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> available() {
        StringVector providers = GetAvailableProviders();
        List<String> out = new ArrayList<>();
        for (long i = 0; i < providers.size(); i++) {
            out.add(providers.get(i).getString());
        }
        return out;
    }

    private static List<long[]> shapes(Session session, boolean inputs) {
        long count = inputs ? session.GetInputCount() : session.GetOutputCount();
        List<long[]> out = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            TypeInfo info = inputs ? session.GetInputTypeInfo(i) : session.GetOutputTypeInfo(i);
            LongVector shape = info.GetTensorTypeAndShapeInfo().GetShape();
            long[] dims = new long[(int) shape.size()];
            for (int k = 0; k < dims.length; k++) {
                dims[k] = shape.get(k);
            }
            out.add(dims);
        }
        return out;
    }

    private static PointerPointer<BytePointer> names(StringVector names) {
        BytePointer[] copies = new BytePointer[(int) names.size()];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = new BytePointer(names.get(i).getString());
        }
        return new PointerPointer<>(copies);
    }

    private static String oneLine(String message) {
        String m = message == null ? "unknown error" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Side of the square face crop the model takes (96 for Wav2Lip, 256 for the HD variants). */
    public int faceSize() {
        return layout.faceSize();
    }

    /** "CUDA" or "CPU". */
    public String providerUsed() {
        return providerUsed;
    }

    /** Why that provider runs the model, for the report. */
    public String providerReason() {
        return providerReason;
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
        session.Run(runOptions, inputNames, t.inputs(), 2, outputNames, t.outputs(), 1);
    }

    @Override
    public void close() {
        session.close();
        env.close();
    }
}
