package dev.scriptcast.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.javacpp.BytePointer;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.setLogCallback;

/**
 * Routes FFmpeg's log into Java so that the reason an encoder or decoder refuses to open (FFmpeg logs it
 * instead of returning it) can be captured and reported. Messages outside a capture go to stderr if they
 * are errors and are dropped otherwise, so a render stays quiet.
 */
public final class FfmpegLog {
    private static final ThreadLocal<List<String>> CAPTURE = new ThreadLocal<>();
    private static final LogCallback CALLBACK = new LogCallback() {
        @Override
        public void call(int level, BytePointer msg) {
            String line = msg.getString().strip();
            List<String> sink = CAPTURE.get();
            if (level > AV_LOG_ERROR || line.isEmpty()) {
                return;
            }
            if (sink != null) {
                sink.add(line);
            } else {
                System.err.println("ffmpeg: " + line);
            }
        }
    }.retainReference();

    static {
        setLogCallback(CALLBACK);
    }

    private FfmpegLog() {}

    /** What an action returned, or the error lines FFmpeg logged on this thread while it ran. */
    public record Captured<T>(T value, List<String> errors) {
        public String errorText() {
            return String.join("; ", errors);
        }
    }

    public static <T> Captured<T> capture(Callable<T> action) throws CapturedFailure {
        List<String> lines = new ArrayList<>();
        List<String> previous = CAPTURE.get();
        CAPTURE.set(lines);
        try {
            return new Captured<>(action.call(), lines);
        } catch (Exception e) {
            throw new CapturedFailure(e, lines);
        } finally {
            CAPTURE.set(previous);
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
