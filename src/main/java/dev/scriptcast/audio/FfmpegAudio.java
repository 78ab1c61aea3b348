package dev.scriptcast.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_DICT_IGNORE_SUFFIX;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;

import dev.scriptcast.compose.FfmpegLog;
import java.nio.Buffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacv.FFmpegFrameFilter;
import org.bytedeco.javacv.Frame;

/** Mono or stereo audio through FFmpeg filter graphs (libavfilter via JavaCV), in memory. */
final class FfmpegAudio {
    private static final int CHUNK = 8192;

    /** EBU R128 / BS.1770 measurement of a whole signal by FFmpeg's ebur128 filter. */
    record Loudness(double integratedLufs, double rangeLu, double truePeakDbtp) {}

    private record Filtered(PcmAudio audio, Map<String, String> lastMetadata) {}

    private FfmpegAudio() {}

    /** Resamples with FFmpeg's resampler (swr). */
    static PcmAudio resample(PcmAudio audio, int sampleRate) {
        if (audio.sampleRate() == sampleRate) {
            return audio;
        }
        return run(audio, "aresample=" + sampleRate + "," + floats(audio), sampleRate).audio();
    }

    static Loudness measure(PcmAudio audio) {
        Map<String, String> meta = run(audio, "ebur128=peak=true:metadata=1," + floats(audio), 0)
                .lastMetadata();
        double truePeak = Double.parseDouble(meta.getOrDefault("lavfi.r128.true_peak", "0"));
        return new Loudness(Double.parseDouble(meta.getOrDefault("lavfi.r128.I", "-70")),
                Double.parseDouble(meta.getOrDefault("lavfi.r128.LRA", "0")),
                truePeak > 0 ? 20 * Math.log10(truePeak) : -120);
    }

    /**
     * Second pass of two-pass loudnorm: with the first pass's measurement FFmpeg applies one linear gain when
     * the true-peak ceiling allows it, and otherwise its own true-peak limiter.
     */
    static PcmAudio loudnorm(PcmAudio audio, Loudness measured, double targetLufs, double ceilingDbtp) {
        String graph = String.format(java.util.Locale.ROOT,
                "loudnorm=I=%.1f:TP=%.1f:LRA=20:measured_I=%.2f:measured_LRA=%.2f:measured_TP=%.2f"
                        + ":measured_thresh=%.2f:linear=true,aresample=%d,%s",
                targetLufs, ceilingDbtp, measured.integratedLufs(), Math.max(0.1, measured.rangeLu()),
                measured.truePeakDbtp(), measured.integratedLufs() - 10, audio.sampleRate(), floats(audio));
        return run(audio, graph, audio.sampleRate()).audio();
    }

    /**
     * FFmpeg's alimiter run at 4× the sample rate, so it also catches most peaks between samples, with its
     * delay compensated and no automatic make-up gain.
     */
    static PcmAudio limit(PcmAudio audio, double ceilingDbfs) {
        String graph = String.format(java.util.Locale.ROOT,
                "aresample=%d,alimiter=limit=%.5f:attack=5:release=80:level=false:latency=true,aresample=%d,%s",
                audio.sampleRate() * 4, Math.pow(10, ceilingDbfs / 20), audio.sampleRate(), floats(audio));
        return run(audio, graph, audio.sampleRate()).audio();
    }

    static PcmAudio gain(PcmAudio audio, double db) {
        float g = (float) Math.pow(10, db / 20);
        float[] out = new float[audio.samples().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = audio.samples()[i] * g;
        }
        return new PcmAudio(out, audio.sampleRate(), audio.channels());
    }

    /** Packed float samples in the audio's own channel layout. */
    private static String floats(PcmAudio audio) {
        return "aformat=sample_fmts=flt:channel_layouts=" + (audio.channels() == 1 ? "mono" : "stereo");
    }

    /** Runs a filter graph over the audio; {@code outputRate} 0 keeps only the metadata (a measurement). */
    private static Filtered run(PcmAudio audio, String graph, int outputRate) {
        try {
            return FfmpegLog.capture(() -> filter(audio, graph, outputRate)).value();
        } catch (FfmpegLog.CapturedFailure e) {
            throw new IllegalStateException("FFmpeg filter '" + graph + "' failed: " + e.reason(), e);
        }
    }

    private static Filtered filter(PcmAudio audio, String graph, int outputRate) throws Exception {
        Collector out = new Collector(outputRate == 0 ? 0
                : audio.samples().length * (long) outputRate / audio.sampleRate() + CHUNK);
        try (FFmpegFrameFilter filter = new FFmpegFrameFilter(graph, audio.channels())) {
            filter.setSampleRate(audio.sampleRate());
            filter.setSampleFormat(AV_SAMPLE_FMT_FLT);
            filter.start();
            float[] in = audio.samples();
            // JavaCPP copies a heap buffer's whole backing array from its offset on, so each push gets a small
            // array of its own: wrapping a slice of `in` would copy the rest of the audio every time.
            float[] chunk = new float[CHUNK];
            for (int offset = 0; offset < in.length; offset += CHUNK) {
                int length = Math.min(CHUNK, in.length - offset);
                System.arraycopy(in, offset, chunk, 0, length);
                filter.pushSamples(0, audio.channels(), audio.sampleRate(), AV_SAMPLE_FMT_FLT,
                        FloatBuffer.wrap(chunk, 0, length));
                out.drain(filter);
            }
            filter.push((Frame) null);
            out.drain(filter);
            filter.stop();
        }
        return new Filtered(outputRate == 0 ? null : new PcmAudio(out.samples(), outputRate, audio.channels()),
                out.metadata);
    }

    private static final class Collector {
        private float[] data;
        private int size;
        private Map<String, String> metadata = Map.of();

        private final boolean keep;

        /** {@code expected} samples of output; 0 when only the frames' metadata is wanted. */
        Collector(long expected) {
            keep = expected > 0;
            data = new float[(int) Math.min(Integer.MAX_VALUE - 8, expected)];
        }

        void drain(FFmpegFrameFilter filter) throws FFmpegFrameFilter.Exception {
            for (Frame frame; (frame = filter.pullSamples()) != null; ) {
                if (keep) {
                    append(frame.samples[0]);
                }
                if (frame.opaque instanceof AVFrame av && av.metadata() != null) {
                    metadata = read(av);
                }
            }
        }

        private void append(Buffer buffer) {
            int n = buffer.remaining();
            if (size + n > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(size + n, data.length * 3 / 2));
            }
            switch (buffer) {
                case FloatBuffer f -> f.duplicate().get(data, size, n);
                case DoubleBuffer d -> {
                    for (int i = 0; i < n; i++) {
                        data[size + i] = (float) d.get(d.position() + i);
                    }
                }
                case ShortBuffer s -> {
                    for (int i = 0; i < n; i++) {
                        data[size + i] = s.get(s.position() + i) / 32768f;
                    }
                }
                default -> throw new IllegalStateException("unexpected sample buffer " + buffer.getClass());
            }
            size += n;
        }

        float[] samples() {
            return size == data.length ? data : java.util.Arrays.copyOf(data, size);
        }

        private static Map<String, String> read(AVFrame frame) {
            Map<String, String> values = new HashMap<>();
            for (AVDictionaryEntry e = null; (e = av_dict_get(frame.metadata(), "", e, AV_DICT_IGNORE_SUFFIX)) != null; ) {
                values.put(e.key().getString(), e.value().getString());
            }
            return values;
        }
    }
}
