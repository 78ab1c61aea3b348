package dev.scriptcast.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.javacpp.BytePointer;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.setLogCallback;

/**
 * Routes FFmpeg's error lines to whoever asked for them on the logging thread: the reason an encoder or decoder
 * refuses to open (FFmpeg logs it instead of returning it), or a render's notices. FFmpeg has one log callback
 * per process; it is installed on first use, and lines no thread asked for are dropped, never printed.
 */
public final class FfmpegLog {
    private static final ThreadLocal<Consumer<String>> SINK = new ThreadLocal<>();

    private FfmpegLog() {}

    /** Installs the callback once per process (class initialisation is thread-safe and happens once). */
    private static final class Callback {
        private static final LogCallback INSTANCE = new LogCallback() {
            @Override
            public void call(int level, BytePointer msg) {
                Consumer<String> sink = SINK.get();
                if (sink == null || level > AV_LOG_ERROR) {
                    return;
                }
                String line = msg.getString().strip();
                if (!line.isEmpty()) {
                    sink.accept(line);
                }
            }
        }.retainReference();

        static {
            setLogCallback(INSTANCE);
        }

        static void install() {}
    }

    /** Sends FFmpeg's error lines from this thread to {@code sink} until closed; routes nest. */
    public static Route route(Consumer<String> sink) {
        Callback.install();
        Consumer<String> previous = SINK.get();
        SINK.set(sink);
        return () -> SINK.set(previous);
    }

    /** An active route; closing it restores the one before. */
    public interface Route extends AutoCloseable {
        @Override
        void close();
    }

    /** What an action returned, or the error lines FFmpeg logged on this thread while it ran. */
    public record Captured<T>(T value, List<String> errors) {
        public String errorText() {
            return String.join("; ", errors);
        }
    }

    public static <T> Captured<T> capture(Callable<T> action) throws CapturedFailure {
        List<String> lines = new ArrayList<>();
        try (Route ignored = route(lines::add)) {
            return new Captured<>(action.call(), lines);
        } catch (Exception e) {
            throw new CapturedFailure(e, lines);
        }
    }

    /** An action that failed, with the FFmpeg error lines logged while it ran. */
    public static final class CapturedFailure extends Exception {
        private final List<String> errors;

        CapturedFailure(Exception cause, List<String> errors) {
            super(cause.getMessage(), cause);
            this.errors = List.copyOf(errors);
        }

        public String reason() {
            return errors.isEmpty() ? String.valueOf(getCause().getMessage()) : String.join("; ", errors);
        }
    }
}
