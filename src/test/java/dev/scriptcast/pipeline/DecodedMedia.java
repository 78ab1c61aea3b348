package dev.scriptcast.pipeline;

import java.io.IOException;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** What a player gets out of an MP4: a hash per decoded picture and one hash of all decoded audio samples. */
record DecodedMedia(List<String> frameHashes, String audioHash, int audioSamples) {

    static DecodedMedia of(Path mp4) throws IOException {
        List<String> frames = new ArrayList<>();
        MessageDigest audio = sha256();
        int samples = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile())) {
            grabber.start();
            for (Frame f; (f = grabber.grab()) != null; ) {
                if (f.image != null) {
                    frames.add(pictureHash(f));
                }
                if (f.samples != null) {
                    for (Buffer channel : f.samples) {
                        samples += channel.remaining();
                        update(audio, channel);
                    }
                }
            }
            grabber.stop();
        }
        return new DecodedMedia(List.copyOf(frames), HexFormat.of().formatHex(audio.digest()), samples);
    }

    /** The visible pixels only: rows are padded to the decoder's stride, and the padding is not the picture. */
    private static String pictureHash(Frame f) {
        MessageDigest picture = sha256();
        ByteBuffer pixels = ((ByteBuffer) f.image[0]).duplicate();
        int rowBytes = f.imageWidth * f.imageChannels;
        for (int y = 0; y < f.imageHeight; y++) {
            picture.update(pixels.slice(y * f.imageStride, rowBytes));
        }
        return HexFormat.of().formatHex(picture.digest());
    }

    private static void update(MessageDigest digest, Buffer buffer) {
        switch (buffer) {
            case ByteBuffer b -> digest.update(b.duplicate());
            case FloatBuffer f -> {
                FloatBuffer copy = f.duplicate();
                while (copy.hasRemaining()) {
                    int bits = Float.floatToIntBits(copy.get());
                    digest.update(new byte[] {(byte) bits, (byte) (bits >> 8), (byte) (bits >> 16), (byte) (bits >> 24)});
                }
            }
            case ShortBuffer s -> {
                ShortBuffer copy = s.duplicate();
                while (copy.hasRemaining()) {
                    short v = copy.get();
                    digest.update(new byte[] {(byte) v, (byte) (v >> 8)});
                }
            }
            default -> throw new IllegalArgumentException("unexpected buffer " + buffer.getClass());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
