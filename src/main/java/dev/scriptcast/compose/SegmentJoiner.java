package dev.scriptcast.compose;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;

import dev.scriptcast.audio.PcmFile;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_compare_ts;
import static org.bytedeco.ffmpeg.global.avutil.av_inv_q;

/**
 * Joins separately encoded video segments into one file without encoding the video again: their packets are
 * copied in order onto one timeline, and the soundtrack's beside them, from a {@link SoundtrackFile} or encoded
 * once as they are joined. Segments must come from encoders with identical settings (each starts on a key frame),
 * in the container the output will be.
 */
public final class SegmentJoiner {
    private SegmentJoiner() {}

    /**
     * Writes {@code segments} followed one after another, with {@code audio} as the sound, to {@code out} in
     * {@code container} (MP4 and MOV with their index first). On failure nothing is left at {@code out}: the reason
     * is an IOException (a full disk the one-line InputException).
     */
    public static JoinedVideo join(List<Path> segments, PcmFile audio, Container container, Path out)
            throws IOException {
        return join(segments, audio, container, out, 1);
    }

    /** As {@link #join(List, PcmFile, Container, Path)}, the sound encoded on up to {@code threads} threads. */
    public static JoinedVideo join(List<Path> segments, PcmFile audio, Container container, Path out, int threads)
            throws IOException {
        return join(segments, container, out, output -> SoundtrackAhead.open(audio, container.audioEncoder(),
                output.globalHeader(), threads));
    }

    /** As {@link #join(List, PcmFile, Container, Path)}, the sound's packets copied from {@code soundtrack}. */
    public static JoinedVideo join(List<Path> segments, Path soundtrack, Container container, Path out)
            throws IOException {
        return join(segments, container, out, output -> SoundtrackFile.open(soundtrack));
    }

    /** Encoded sound packets, in order, and what the output stream needs to know of them. */
    interface Sound extends AutoCloseable {
        void parametersInto(AVCodecParameters parameters) throws IOException;

        AVRational timeBase();

        /** Moves the next packet into {@code into}, in {@link #timeBase()}; false after the last. */
        boolean next(AVPacket into) throws IOException;

        @Override
        void close() throws IOException;
    }

    private interface SoundOpener {
        Sound open(Output output) throws IOException;
    }

    private static JoinedVideo join(List<Path> segments, Container container, Path out, SoundOpener sounds)
            throws IOException {
        try (SegmentTrack video = SegmentTrack.open(segments);
             Output output = Output.open(out, container);
             Sound sound = sounds.open(output)) {
            output.write(video, sound, container);
            long frames = video.frames();
            AVRational frameTime = video.frameTime();
            return new JoinedVideo(out, frames, frames * 1000 * frameTime.num() / frameTime.den(),
                    Files.size(out));
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(out);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** The file being written, its two streams, and the packets passing through. */
    private static final class Output implements AutoCloseable {
        private final MuxerOutput muxer;
        private final AVPacket videoPacket = av_packet_alloc();
        private final AVPacket audioPacket = av_packet_alloc();

        private Output(MuxerOutput muxer) {
            this.muxer = muxer;
        }

        static Output open(Path out, Container container) throws IOException {
            return new Output(MuxerOutput.open(out, container));
        }

        boolean globalHeader() {
            return muxer.globalHeader();
        }

        void write(SegmentTrack video, Sound sound, Container container) throws IOException {
            AVStream videoStream = muxer.newStream();
            AvCalls.check("copying the video stream", () ->
                    avcodec_parameters_copy(videoStream.codecpar(), video.codecParameters()));
            videoStream.time_base(video.frameTime()).avg_frame_rate(av_inv_q(video.frameTime()));
            AVStream audioStream = muxer.newStream();
            sound.parametersInto(audioStream.codecpar());
            audioStream.time_base(sound.timeBase());
            muxer.start(container.fastStart());
            video.outputTimeBase(videoStream.time_base());
            interleave(video, sound, videoStream, audioStream);
            muxer.finish();
        }

        /** Writes video and audio packets in decode-time order, so each stream's data lies near the other's. */
        private void interleave(SegmentTrack video, Sound sound, AVStream videoStream, AVStream audioStream)
                throws IOException {
            AVRational videoTime = videoStream.time_base();
            AVRational audioTime = audioStream.time_base();
            boolean hasVideo = video.next(videoPacket);
            boolean hasAudio = nextAudio(sound, audioStream);
            while (hasVideo || hasAudio) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("joining the segments was interrupted");
                }
                boolean videoFirst = hasVideo && (!hasAudio
                        || av_compare_ts(videoPacket.dts(), videoTime, audioPacket.dts(), audioTime) <= 0);
                if (videoFirst) {
                    videoPacket.stream_index(videoStream.index());
                    muxer.send(videoPacket);
                    hasVideo = video.next(videoPacket);
                } else {
                    muxer.send(audioPacket);
                    hasAudio = nextAudio(sound, audioStream);
                }
            }
        }

        private boolean nextAudio(Sound sound, AVStream audioStream) throws IOException {
            if (!sound.next(audioPacket)) {
                return false;
            }
            av_packet_rescale_ts(audioPacket, sound.timeBase(), audioStream.time_base());
            audioPacket.stream_index(audioStream.index());
            return true;
        }

        @Override
        public void close() {
            av_packet_free(videoPacket);
            av_packet_free(audioPacket);
            muxer.close();
        }
    }
}
