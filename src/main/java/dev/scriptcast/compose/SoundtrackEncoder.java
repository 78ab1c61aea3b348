package dev.scriptcast.compose;

import java.io.IOException;
import java.util.Map;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVAudioFifo;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

import dev.scriptcast.audio.PcmFile;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_CONFIG_SAMPLE_FORMAT;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_supported_config;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.av_audio_fifo_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_audio_fifo_free;
import static org.bytedeco.ffmpeg.global.avutil.av_audio_fifo_read;
import static org.bytedeco.ffmpeg.global.avutil.av_audio_fifo_size;
import static org.bytedeco.ffmpeg.global.avutil.av_audio_fifo_write;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.swresample.swr_alloc_set_opts2;
import static org.bytedeco.ffmpeg.global.swresample.swr_convert;
import static org.bytedeco.ffmpeg.global.swresample.swr_free;
import static org.bytedeco.ffmpeg.global.swresample.swr_get_out_samples;
import static org.bytedeco.ffmpeg.global.swresample.swr_init;

/**
 * Encodes a {@link PcmFile}, or a stretch of it, with the container's audio encoder at 48 kHz and 160 kb/s, keeping
 * the file's channels. Packets come out timed in {@link #timeBase()} (one tick per sample), the first ones before
 * zero by the encoder's priming delay, which the muxer records so players skip it.
 *
 * <p>A stretch [from, to) of a 48 kHz file is encoded from {@value #PRE_ROLL} samples earlier and on past its end,
 * and only the packets that a whole-file encode would time inside the stretch are kept: the encoder then sees the
 * same sound around each kept packet, so stretches encoded apart join without a seam.
 */
final class SoundtrackEncoder implements AutoCloseable {
    private static final int CHUNK_FRAMES = 4096;
    /** Samples encoded before a stretch, whose packets are dropped: the encoder's memory of the sound before it. */
    static final int PRE_ROLL = 8192;
    /** Samples encoded past a stretch's end, so its last kept packets see what follows. */
    private static final int LOOKAHEAD = 4096;

    private final PcmFile.Reader reader;
    private final int channels;
    private final AVCodecContext context;
    private final SwrContext resampler;
    private final AVAudioFifo fifo;
    private final AVFrame frame = av_frame_alloc();
    private final AVFrame converted = av_frame_alloc();
    private final float[] chunk;
    private final FloatPointer input;
    private final PointerPointer<FloatPointer> inputPlanes;
    private boolean drained;
    private long samplesSent;
    private long framesLeft;
    private long keepFrom = Long.MIN_VALUE;
    private long keepTo = Long.MAX_VALUE;

    private SoundtrackEncoder(PcmFile audio, AVCodecContext context, SwrContext resampler) throws IOException {
        this.reader = audio.reader();
        this.framesLeft = Long.MAX_VALUE;
        this.channels = audio.channels();
        this.context = context;
        this.resampler = resampler;
        this.chunk = new float[CHUNK_FRAMES * channels];
        this.input = new FloatPointer(chunk.length);
        this.inputPlanes = new PointerPointer<FloatPointer>(1).put(0, input);
        this.fifo = av_audio_fifo_alloc(context.sample_fmt(), channels, context.frame_size() * 4);
        allocate(frame, context.frame_size());
        allocate(converted, swr_get_out_samples(resampler, CHUNK_FRAMES) + 256);
    }

    /**
     * Opens {@code encoderName} for the samples [{@code from}, {@code to}) of a 48 kHz {@code audio}, whose length is
     * {@code frames}, as the class comment says.
     */
    static SoundtrackEncoder open(PcmFile audio, String encoderName, boolean globalHeader, long from, long to,
                                  long frames) throws IOException {
        if (audio.sampleRate() != VideoFileWriter.AUDIO_RATE) {
            throw new IllegalArgumentException("stretches need " + VideoFileWriter.AUDIO_RATE + " Hz audio");
        }
        SoundtrackEncoder encoder = open(audio, encoderName, globalHeader);
        try {
            long start = Math.max(0, from - PRE_ROLL);
            encoder.reader.seekFrame(start);
            encoder.samplesSent = start;
            encoder.framesLeft = to + LOOKAHEAD - start;
            long priming = encoder.context.initial_padding();
            encoder.keepFrom = from == 0 ? Long.MIN_VALUE : from - priming;
            encoder.keepTo = to >= frames ? Long.MAX_VALUE : to - priming;
            return encoder;
        } catch (IOException | RuntimeException e) {
            encoder.close();
            throw e;
        }
    }

    /** Opens {@code encoderName} for {@code audio}; {@code globalHeader}: the container keeps codec headers apart. */
    static SoundtrackEncoder open(PcmFile audio, String encoderName, boolean globalHeader) throws IOException {
        AVCodec codec = avcodec_find_encoder_by_name(encoderName);
        if (codec == null) {
            throw new IOException("the " + encoderName + " audio encoder is not in this FFmpeg build");
        }
        AVCodecContext context = avcodec_alloc_context3(codec);
        SwrContext resampler = new SwrContext(null);
        try {
            AVChannelLayout layout = new AVChannelLayout();
            av_channel_layout_default(layout, audio.channels());
            context.ch_layout(layout).sample_rate(VideoFileWriter.AUDIO_RATE).bit_rate(VideoFileWriter.AUDIO_BITRATE)
                    .sample_fmt(sampleFormat(context, codec)).time_base(av_make_q(1, VideoFileWriter.AUDIO_RATE));
            if (globalHeader) {
                context.flags(context.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
            }
            String what = "opening the " + encoderName + " audio encoder";
            AvCalls.withOptions(options(encoderName),
                    options -> AvCalls.check(what, () -> avcodec_open2(context, codec, options)));
            AvCalls.check(what, () -> swr_alloc_set_opts2(resampler, layout, context.sample_fmt(),
                    context.sample_rate(), layout, AV_SAMPLE_FMT_FLT, audio.sampleRate(), 0, null));
            AvCalls.check(what, () -> swr_init(resampler));
            return new SoundtrackEncoder(audio, context, resampler);
        } catch (IOException | RuntimeException e) {
            swr_free(resampler);
            avcodec_free_context(context);
            throw e;
        }
    }

    /**
     * The options every soundtrack is encoded with. FFmpeg's default AAC coder ("twoloop") took three times the CPU
     * of "fast" and came out no closer to the mix (SNR 36.9 against 39.4 dB on examples/bench.txt's narration).
     */
    static Map<String, String> options(String encoderName) {
        return encoderName.equals("aac") ? Map.of("aac_coder", "fast") : Map.of();
    }

    /** Prefers floating-point samples (AAC takes planar ones), else the encoder's first format (Opus: 16-bit). */
    private static int sampleFormat(AVCodecContext context, AVCodec codec) throws IOException {
        PointerPointer<?> formats = new PointerPointer<>(1);
        IntPointer count = new IntPointer(1);
        AvCalls.check("asking " + codec.name().getString() + " for its sample formats", () ->
                avcodec_get_supported_config(context, codec, AV_CODEC_CONFIG_SAMPLE_FORMAT, 0, formats, count));
        IntPointer list = new IntPointer(formats.get(0)).capacity(count.get());
        for (int i = 0; i < count.get(); i++) {
            if (list.get(i) == AV_SAMPLE_FMT_FLTP || list.get(i) == AV_SAMPLE_FMT_FLT) {
                return list.get(i);
            }
        }
        return count.get() > 0 ? list.get(0) : AV_SAMPLE_FMT_FLT;
    }

    private void allocate(AVFrame f, int samples) throws IOException {
        f.format(context.sample_fmt()).nb_samples(samples).sample_rate(context.sample_rate());
        AvCalls.check("allocating audio frames", () -> {
            av_channel_layout_copy(f.ch_layout(), context.ch_layout());
            return av_frame_get_buffer(f, 0);
        });
    }

    /** The encoder, for the output stream's parameters. */
    AVCodecContext context() {
        return context;
    }

    /** One tick per sample at 48 kHz. */
    AVRational timeBase() {
        return context.time_base();
    }

    /** Encodes until the next packet is ready in {@code packet}; false once the whole file is encoded. */
    boolean next(AVPacket packet) throws IOException {
        while (true) {
            int ret = AvCalls.orEnd("encoding the soundtrack", () -> avcodec_receive_packet(context, packet));
            if (ret >= 0 && (packet.pts() < keepFrom || packet.pts() >= keepTo)) {
                av_packet_unref(packet);
                continue;
            }
            if (ret >= 0) {
                return true;
            }
            if (ret == AVERROR_EOF) {
                return false;
            }
            sendFrame();
        }
    }

    /** Sends one encoder frame of samples, a shorter last one, or the end of the stream. */
    private void sendFrame() throws IOException {
        while (av_audio_fifo_size(fifo) < context.frame_size() && !drained) {
            convertChunk();
        }
        int n = Math.min(context.frame_size(), av_audio_fifo_size(fifo));
        if (n == 0) {
            AvCalls.check("finishing the soundtrack", () -> avcodec_send_frame(context, null));
            return;
        }
        AvCalls.check("encoding the soundtrack", () -> av_frame_make_writable(frame));
        av_audio_fifo_read(fifo, frame.data(), n);
        frame.nb_samples(n).pts(samplesSent);
        samplesSent += n;
        AvCalls.check("encoding the soundtrack", () -> avcodec_send_frame(context, frame));
    }

    /** Resamples the next chunk of the file into the queue, or what the resampler holds once the file is read. */
    private void convertChunk() throws IOException {
        int wanted = (int) Math.min(CHUNK_FRAMES, framesLeft) * channels;
        int frames = wanted == 0 ? 0 : reader.read(chunk, 0, wanted) / channels;
        framesLeft -= frames;
        PointerPointer<?> in = frames == 0 ? null : inputPlanes;
        if (frames == 0) {
            drained = true;
        } else {
            input.put(chunk, 0, frames * channels);
        }
        int got = AvCalls.check("resampling the soundtrack", () ->
                swr_convert(resampler, converted.data(), converted.nb_samples(), in, frames));
        if (av_audio_fifo_write(fifo, converted.data(), got) < got) {
            throw new IOException("resampling the soundtrack: out of memory");
        }
    }

    @Override
    public void close() throws IOException {
        av_audio_fifo_free(fifo);
        av_frame_free(frame);
        av_frame_free(converted);
        swr_free(resampler);
        avcodec_free_context(context);
        input.close();
        inputPlanes.close();
        reader.close();
    }
}
