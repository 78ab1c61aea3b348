package dev.scriptcast.onnx;

import static org.bytedeco.onnxruntime.global.onnxruntime.GetAvailableProviders;
import static org.bytedeco.onnxruntime.global.onnxruntime.ORT_LOGGING_LEVEL_FATAL;
import static org.bytedeco.onnxruntime.global.onnxruntime.OrtArenaAllocator;
import static org.bytedeco.onnxruntime.global.onnxruntime.OrtMemTypeDefault;

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
import org.bytedeco.onnxruntime.MemoryInfo;
import org.bytedeco.onnxruntime.OrtCUDAProviderOptions;
import org.bytedeco.onnxruntime.Session;
import org.bytedeco.onnxruntime.SessionOptions;
import org.bytedeco.onnxruntime.StringVector;
import org.bytedeco.onnxruntime.TypeInfo;

/**
 * An ONNX model loaded in ONNX Runtime: the CUDA execution provider when a GPU and the CUDA 13 libraries load, else
 * the CPU, with the reason kept for the report. A {@link Session} may be run from several threads at once.
 */
public final class OnnxSession implements AutoCloseable {
    private static final String CUDA = "CUDAExecutionProvider";
    /** OrtCudnnConvAlgoSearchHeuristic in ONNX Runtime's C API. */
    private static final int CUDNN_CONV_ALGO_SEARCH_HEURISTIC = 1;

    /** Where host tensors live: ONNX Runtime wraps Java-allocated native buffers without copying. */
    public static final MemoryInfo CPU_MEMORY = MemoryInfo.CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);

    private final Env env;
    private final Session session;
    private final String provider;
    private final String providerReason;

    private OnnxSession(Env env, Session session, String provider, String providerReason) {
        this.env = env;
        this.session = session;
        this.provider = provider;
        this.providerReason = providerReason;
    }

    /** Reads and loads the model at {@code path}; {@code what} names it in errors ("lip-sync model"). */
    public static OnnxSession load(String what, Path path, Placement placement) {
        return load(what, path, read(what, path), placement);
    }

    /** Loads model bytes (perhaps edited in memory) that came from {@code path}. */
    public static OnnxSession load(String what, Path path, byte[] bytes, Placement placement) {
        Env env = new Env(ORT_LOGGING_LEVEL_FATAL, "scriptcast");
        String reason = "CPU requested";
        if (placement.tryGpu()) {
            if (!availableProviders().contains(CUDA)) {
                reason = "this ONNX Runtime build has no CUDA execution provider (CPU natives; build with -Pgpu)";
            } else {
                Session session = null;
                try {
                    OrtCUDAProviderOptions cuda = new OrtCUDAProviderOptions();
                    cuda.device_id(placement.gpuDevice());
                    // cuDNN's exhaustive search times every convolution algorithm on the first run of each input
                    // shape: about a second for Wav2Lip on an H200, all of it before the first frame. Its
                    // heuristic picks at once, and the model still runs several times faster than the encoders.
                    cuda.cudnn_conv_algo_search(CUDNN_CONV_ALGO_SEARCH_HEURISTIC);
                    SessionOptions options = new SessionOptions();
                    options.AppendExecutionProvider_CUDA(cuda);
                    session = new Session(env, new BytePointer(bytes), bytes.length, options);
                } catch (RuntimeException e) {
                    // A model ONNX Runtime cannot parse fails the same way on the CPU below, with its own message.
                    reason = "CUDA execution provider did not load (" + oneLine(e.getMessage())
                            + "); it needs an NVIDIA GPU with CUDA 13 and cuDNN 9 on LD_LIBRARY_PATH";
                }
                if (session != null) {
                    return new OnnxSession(env, session, "CUDA",
                            "CUDA execution provider loaded on GPU " + placement.gpuDevice());
                }
            }
        }
        SessionOptions cpu = new SessionOptions();
        if (placement.cpuThreads() > 0) {
            cpu.SetIntraOpNumThreads(placement.cpuThreads());
        }
        try {
            return new OnnxSession(env, new Session(env, new BytePointer(bytes), bytes.length, cpu), "CPU", reason);
        } catch (RuntimeException e) {
            env.close();
            throw new InputException(what + " " + path + " is not a valid ONNX model: " + oneLine(e.getMessage()), e);
        }
    }

    /** The file's bytes, or an InputException naming {@code what} when it is missing or unreadable. */
    public static byte[] read(String what, Path path) {
        InputFiles.refuseFolderOrDevice(path, what + " " + path);
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(what + " " + path + " does not exist", e);
        } catch (IOException e) {
            throw new InputException(what + " " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static List<String> availableProviders() {
        StringVector providers = GetAvailableProviders();
        List<String> out = new ArrayList<>();
        for (long i = 0; i < providers.size(); i++) {
            out.add(providers.get(i).getString());
        }
        return out;
    }

    public Session session() {
        return session;
    }

    /** "CUDA" or "CPU". */
    public String provider() {
        return provider;
    }

    /** Why that provider runs the model, for the report. */
    public String providerReason() {
        return providerReason;
    }

    /** The declared shape of each input (or output), -1 for a dynamic dimension. */
    public List<long[]> shapes(boolean inputs) {
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

    public List<String> names(boolean inputs) {
        StringVector names = inputs ? session.GetInputNames() : session.GetOutputNames();
        List<String> out = new ArrayList<>();
        for (long i = 0; i < names.size(); i++) {
            out.add(names.get(i).getString());
        }
        return out;
    }

    /** Native copies of names, in the form {@link Session#Run} takes. */
    public static PointerPointer<BytePointer> nativeNames(List<String> names) {
        return new PointerPointer<>(names.stream().map(BytePointer::new).toArray(BytePointer[]::new));
    }

    /** The first line of an ONNX Runtime error, whose later lines are its C++ source location. */
    public static String oneLine(String message) {
        String m = message == null ? "unknown error" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() {
        session.close();
        env.close();
    }
}
