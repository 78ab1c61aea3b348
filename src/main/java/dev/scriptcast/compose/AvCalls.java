package dev.scriptcast.compose;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bytedeco.ffmpeg.avutil.AVDictionary;

import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.presets.avutil.AVERROR_EAGAIN;

/**
 * libav calls that answer with a negative number on failure, turned into IOExceptions carrying FFmpeg's reason:
 * the error lines it logged while the call ran, else its error code's text.
 */
final class AvCalls {
    private AvCalls() {}

    /** Runs {@code call}; any negative answer is an IOException saying {@code what} failed and why. */
    static int check(String what, Callable<Integer> call) throws IOException {
        int ret = orEnd(what, call);
        if (ret < 0) {
            throw new IOException(what + ": " + Encoders.errorString(ret));
        }
        return ret;
    }

    /**
     * Runs {@code call}, returning end of stream ({@code AVERROR_EOF}) and "call again" ({@code AVERROR(EAGAIN)})
     * as they are; any other negative answer is an IOException.
     */
    static int orEnd(String what, Callable<Integer> call) throws IOException {
        FfmpegLog.Captured<Integer> result;
        try {
            result = FfmpegLog.capture(call);
        } catch (FfmpegLog.CapturedFailure e) {
            throw new IOException(what + ": " + e.reason(), e);
        }
        int ret = result.value();
        if (ret >= 0 || ret == AVERROR_EOF || ret == AVERROR_EAGAIN()) {
            return ret;
        }
        throw new IOException(what + ": " + reason(result, ret));
    }

    /** Like {@link #check}, for a call writing {@code out}: a full disk is the one-line error naming the folder. */
    static int write(Path out, String what, Callable<Integer> call) throws IOException {
        FfmpegLog.Captured<Integer> result;
        try {
            result = FfmpegLog.capture(call);
        } catch (FfmpegLog.CapturedFailure e) {
            WriteFailures.throwIfDiskFull(out, e.reason());
            throw new IOException(what + ": " + e.reason(), e);
        }
        int ret = result.value();
        if (ret < 0) {
            String reason = reason(result, ret);
            WriteFailures.throwIfDiskFull(out, reason + " (error " + ret + ")");
            throw new IOException(what + ": " + reason);
        }
        return ret;
    }

    /** A libav call that takes options as a dictionary. */
    interface OptionsCall<T, E extends Exception> {
        T call(AVDictionary options) throws E;
    }

    /**
     * Runs {@code call} with {@code options} as an FFmpeg dictionary, and frees it afterwards whatever happens
     * (FFmpeg leaves the entries it did not use in it).
     */
    static <T, E extends Exception> T withOptions(Map<String, String> options, OptionsCall<T, E> call) throws E {
        AVDictionary dictionary = new AVDictionary(null);
        try {
            options.forEach((key, value) -> av_dict_set(dictionary, key, value, 0));
            return call.call(dictionary);
        } finally {
            av_dict_free(dictionary);
        }
    }

    private static String reason(FfmpegLog.Captured<Integer> result, int ret) {
        String code = Encoders.errorString(ret);
        return result.errors().isEmpty() || result.errorText().contains(code) ? code
                : result.errorText() + " (" + code + ")";
    }
}
