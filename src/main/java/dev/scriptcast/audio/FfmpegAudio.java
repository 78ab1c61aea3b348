package dev.scriptcast.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_DICT_IGNORE_SUFFIX;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;

import dev.scriptcast.compose.FfmpegLog;
import java.io.IOException;
import java.nio.Buffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacv.FFmpegFrameFilter;
import org.bytedeco.javacv.Frame;

/**
 * Mono or stereo audio through FFmpeg filter graphs (libavfilter via JavaCV), streamed in small chunks: from
 * file to file for a whole programme, or in memory for short audio.
 */
final class FfmpegAudio {
    private static final int CHUNK = 8192;

    /** EBU R128 / BS.1770 measurement of a whole signal by FFmpeg's ebur128 filter. */
    record Loudness(double integratedLufs, double rangeLu, double truePeakDbtp) {
        /**
         * The measurement of the same audio × {@code db}. Exact but for blocks that the gain moves across the
         * -70 LUFS gate, which in speech are silent gaps far below the relative gate that decides the result.
         */
        Loudness plus(double db) {
            return new Loudness(integratedLufs + db, rangeLu, truePeakDbtp + db);
        }
    }

    /** A filter's input, read in order; a read returns how many samples it gave, 0 at the end. */
    interface Source {
        int read(float[] into, int offset, int length) throws IOException;
    }

    /** A filter's output, written in order. */
    interface Sink {
        void write(float[] samples, int offset, int length) throws IOException;
    }

    private FfmpegAudio() {}

    /** Resamples with FFmpeg's resampler (swr), in memory. */
    static PcmAudio resample(PcmAudio audio, int sampleRate) {
        if (audio.sampleRate() == sampleRate) {
            return audio;
        }
        ArraySink out = new ArraySink(audio.samples().length * (long) sampleRate / audio.sampleRate() + CHUNK);
        try {
            run(source(audio), audio.sampleRate(), audio.channels(), resampleGraph(sampleRate, audio.channels()), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // arrays in and out: no file to fail
        }
        return new PcmAudio(out.samples(), sampleRate, audio.channels());
    }

    /** Writes the audio into {@code file} (same channels) at the file's rate, resampled by swr when it differs. */
    static PcmFile resample(PcmAudio audio, PcmFile file) throws IOException {
        if (audio.channels() != file.channels()) {
            throw new IllegalArgumentException(audio.channels() + " channels do not fit " + file);
        }
        try (PcmFile.Writer out = file.writer()) {
            if (audio.sampleRate() == file.sampleRate()) {
                out.write(audio.samples(), 0, audio.samples().length);
            } else {
                run(source(audio), audio.sampleRate(), audio.channels(),
                        resampleGraph(file.sampleRate(), audio.channels()), out::write);
            }
        }
        return file;
    }

    static Loudness measure(PcmFile audio) throws IOException {
        try (PcmFile.Reader in = audio.reader()) {
            return measure(in::read, audio.sampleRate(), audio.channels());
        }
    }

    static Loudness measure(Source audio, int sampleRate, int channels) throws IOException {
        Map<String, String> meta = run(audio, sampleRate, channels, "ebur128=peak=true:metadata=1," + floats(channels),
                null);
        double truePeak = Double.parseDouble(meta.getOrDefault("lavfi.r128.true_peak", "0"));
        return new Loudness(Double.parseDouble(meta.getOrDefault("lavfi.r128.I", "-70")),
                Double.parseDouble(meta.getOrDefault("lavfi.r128.LRA", "0")),
                truePeak > 0 ? 20 * Math.log10(truePeak) : -120);
    }

    /**
     * Second pass of two-pass loudnorm: with the first pass's measurement FFmpeg applies one linear gain when
     * the true-peak ceiling allows it, and otherwise its own true-peak limiter.
     */
    static void loudnorm(PcmFile in, Loudness measured, double targetLufs, double ceilingDbtp, PcmFile.Writer out)
            throws IOException {
        String graph = String.format(Locale.ROOT,
                "loudnorm=I=%.1f:TP=%.1f:LRA=20:measured_I=%.2f:measured_LRA=%.2f:measured_TP=%.2f"
                        + ":measured_thresh=%.2f:linear=true,aresample=%d,%s",
                targetLufs, ceilingDbtp, measured.integratedLufs(), Math.max(0.1, measured.rangeLu()),
                measured.truePeakDbtp(), measured.integratedLufs() - 10, in.sampleRate(), floats(in.channels()));
        filter(in, 1f, graph, out);
    }

    /**
     * The audio × {@code gainDb} through FFmpeg's alimiter run at 4× the sample rate, so it also catches most
     * peaks between samples, with its delay compensated and no automatic make-up gain.
     */
    static void limit(PcmFile in, double gainDb, double ceilingDbfs, PcmFile.Writer out) throws IOException {
        String graph = String.format(Locale.ROOT,
                "aresample=%d,alimiter=limit=%.5f:attack=5:release=80:level=false:latency=true,aresample=%d,%s",
                in.sampleRate() * 4, Math.pow(10, ceilingDbfs / 20), in.sampleRate(), floats(in.channels()));
        filter(in, gain(gainDb), graph, out);
    }

    /** Linear gain as the float factor every sample is multiplied by. */
    static float gain(double db) {
        return (float) Math.pow(10, db / 20);
    }

    /**
     * Runs {@code in} × {@code gain} through the graph into {@code out}, exactly as long as {@code in}: filters
     * such as loudnorm may return a few samples more or less, and the picture must stay in sync.
     */
    private static void filter(PcmFile in, float gain, String graph, PcmFile.Writer writer) throws IOException {
        long length = in.frames() * in.channels();
        try (PcmFile.Reader reader = in.reader()) {
            Source gained = (into, offset, count) -> {
                int n = reader.read(into, offset, count);
                for (int i = offset; i < offset + n; i++) {
                    into[i] *= gain;
                }
                return n;
            };
            run(gained, in.sampleRate(), in.channels(), graph,
                    (s, offset, n) -> writer.write(s, offset, (int) Math.min(n, length - writer.written())));
            writer.silence(length - writer.written());
        }
    }

    private static String resampleGraph(int sampleRate, int channels) {
        return "aresample=" + sampleRate + "," + floats(channels);
    }

    /** Packed float samples in the audio's own channel layout. */
    private static String floats(int channels) {
        return "aformat=sample_fmts=flt:channel_layouts=" + (channels == 1 ? "mono" : "stereo");
    }

    private static Source source(PcmAudio audio) {
        float[] all = audio.samples();
        int[] at = {0};
        return (into, offset, length) -> {
            int n = Math.min(length, all.length - at[0]);
            System.arraycopy(all, at[0], into, offset, n);
            at[0] += n;
            return n;
        };
    }

    /** Runs a filter graph over the input; a null {@code out} keeps only the metadata (a measurement). */
    private static Map<String, String> run(Source in, int sampleRate, int channels, String graph, Sink out)
            throws IOException {
        try {
            return FfmpegLog.capture(() -> filter(in, sampleRate, channels, graph, out)).value();
        } catch (FfmpegLog.CapturedFailure e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("FFmpeg filter '" + graph + "' failed: " + e.reason(), e);
        }
    }

    private static Map<String, String> filter(Source in, int sampleRate, int channels, String graph, Sink out)
            throws Exception {
        Drain drain = new Drain(out);
        try (FFmpegFrameFilter filter = new FFmpegFrameFilter(graph, channels)) {
            filter.setSampleRate(sampleRate);
            filter.setSampleFormat(AV_SAMPLE_FMT_FLT);
            filter.start();
            // JavaCPP copies a heap buffer's whole backing array from its offset on, so pushes go through one
            // small array of their own.
            float[] chunk = new float[CHUNK - CHUNK % channels];
            for (int n; (n = in.read(chunk, 0, chunk.length)) > 0; ) {
                filter.pushSamples(0, channels, sampleRate, AV_SAMPLE_FMT_FLT, FloatBuffer.wrap(chunk, 0, n));
                drain.from(filter);
            }
            filter.push((Frame) null);
            drain.from(filter);
            filter.stop();
        }
        return drain.metadata;
    }

    /** Pulls the filter's output frames into the sink, keeping the metadata of the last frame that has some. */
    private static final class Drain {
        private final Sink out;
        private float[] scratch = new float[CHUNK];
        private Map<String, String> metadata = Map.of();

        Drain(Sink out) {
            this.out = out;
        }

        void from(FFmpegFrameFilter filter) throws Exception {
            for (Frame frame; (frame = filter.pullSamples()) != null; ) {
                if (out != null) {
                    write(frame.samples[0]);
                }
                if (frame.opaque instanceof AVFrame av && av.metadata() != null) {
                    metadata = read(av);
                }
            }
        }

        private void write(Buffer buffer) throws IOException {
            int n = buffer.remaining();
            if (n > scratch.length) {
                scratch = new float[n];
            }
            switch (buffer) {
                case FloatBuffer f -> f.duplicate().get(scratch, 0, n);
                case DoubleBuffer d -> {
                    for (int i = 0; i < n; i++) {
                        scratch[i] = (float) d.get(d.position() + i);
                    }
                }
                case ShortBuffer s -> {
                    for (int i = 0; i < n; i++) {
                        scratch[i] = s.get(s.position() + i) / 32768f;
                    }
                }
                default -> throw new IllegalStateException("unexpected sample buffer " + buffer.getClass());
            }
            out.write(scratch, 0, n);
        }

        private static Map<String, String> read(AVFrame frame) {
            Map<String, String> values = new HashMap<>();
            for (AVDictionaryEntry e = null; (e = av_dict_get(frame.metadata(), "", e, AV_DICT_IGNORE_SUFFIX)) != null; ) {
                values.put(e.key().getString(), e.value().getString());
            }
            return values;
        }
    }

    /** Output kept in memory, for short audio. */
    private static final class ArraySink implements Sink {
        private float[] data;
        private int size;

        ArraySink(long expected) {
            data = new float[(int) Math.min(Integer.MAX_VALUE - 8, expected)];
        }

        @Override
        public void write(float[] samples, int offset, int length) {
            if (size + length > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(size + length, data.length * 3 / 2));
            }
            System.arraycopy(samples, offset, data, size, length);
            size += length;
        }

        float[] samples() {
            return size == data.length ? data : java.util.Arrays.copyOf(data, size);
        }
    }
}
