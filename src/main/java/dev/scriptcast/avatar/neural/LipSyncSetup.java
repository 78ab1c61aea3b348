package dev.scriptcast.avatar.neural;

import dev.scriptcast.compose.Rect;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.config.ConfigValues;
import dev.scriptcast.base.InputException;
import dev.scriptcast.base.InputFiles;
import dev.scriptcast.onnx.Placement;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.onnxruntime.global.onnxruntime;
import org.bytedeco.opencv.global.opencv_objdetect;
import java.util.Optional;

/**
 * The neural avatar as configuration asks for it: {@code avatar.lipsync_model} with {@code avatar.image} or
 * {@code avatar.video}, {@code avatar.batch_size}, {@code avatar.position} and {@code avatar.scale}.
 */
public final class LipSyncSetup {
    private LipSyncSetup() {
    }

    /**
     * Checks the lip-sync keys and that the model file is there, before any slow work; empty when no model is
     * configured. The model is read beside speech, by {@link #prepare}.
     */
    public static Optional<Path> checkModel(ConfigValues config) {
        Path model = config.path("avatar.lipsync_model");
        Path image = config.path("avatar.image");
        Path video = config.path("avatar.video");
        if (model == null) {
            if (video != null) {
                throw new InputException("avatar.video " + video + " needs avatar.lipsync_model");
            }
            return Optional.empty();
        }
        if (image == null && video == null) {
            throw new InputException("avatar.lipsync_model " + model + " needs avatar.image or avatar.video");
        }
        if (image != null && video != null) {
            throw new InputException("give avatar.image or avatar.video for lip-sync, not both");
        }
        Path picture = image != null ? image : video;
        InputFiles.requireFile(picture, (image != null ? "avatar.image " : "avatar.video ") + picture);
        InputFiles.requireFile(model, LipSyncModel.WHAT + " " + model);
        if (!Files.isReadable(model)) {
            throw new InputException(LipSyncModel.WHAT + " " + model + " cannot be read");
        }
        return Optional.of(model);
    }

    /**
     * Starts loading the model checked by {@link #checkModel} (on the GPU when possible, else on at most
     * {@code threads} CPU threads), placing the presenter in {@code area}, finding its face and, on a GPU, running
     * the model once ({@link LipSyncModel#warmUp}), on a thread of its
     * own beside the caller's work: reading the model and loading ONNX Runtime's, CUDA's and OpenCV's libraries take
     * most of a second, and speech need not wait for them. (Loading them beside other work once ended in a bare
     * SIGSEGV: that was LLVM, which a GPU driver loads, taking over the JVM's signals; the launcher preloads the JDK's
     * libjsig for it.)
     */
    public static PendingPresenter prepare(Path model, ConfigValues config, VideoFormat format, Rect area,
                                           int threads) {
        return PendingPresenter.start(() -> {
            Loader.load(onnxruntime.class);
            Loader.load(opencv_objdetect.class);
            LipSyncModel loaded = LipSyncModel.load(model, new Placement(true, config.integer("avatar.gpu"), threads));
            try {
                LipSyncPresenter presenter = presenter(loaded, config, format, area);
                loaded.warmUp(config.integer("avatar.batch_size"));
                return presenter;
            } catch (RuntimeException e) {
                loaded.close();
                throw e;
            }
        });
    }

    /** Places the presenter and finds its face, once for the whole render. */
    public static LipSyncPresenter presenter(LipSyncModel model, ConfigValues config, VideoFormat format, Rect area) {
        AvatarPlacement placement = new AvatarPlacement(config.string("avatar.position"), config.number("avatar.scale"),
                area);
        int batch = config.integer("avatar.batch_size");
        Path video = config.path("avatar.video");
        return video != null
                ? LipSyncPresenter.clip(model, video, placement, format, batch)
                : LipSyncPresenter.portrait(model, config.path("avatar.image"), Optional.empty(), placement, format,
                        batch);
    }
}
