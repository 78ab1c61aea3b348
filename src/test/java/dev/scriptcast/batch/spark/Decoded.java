package dev.scriptcast.batch.spark;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** What a player gets from a video: how many pictures, one hash of their visible pixels, one of the sound. */
record Decoded(int pictures, String pictureHash, String soundHash) {
    static Decoded of(Path video) throws Exception {
        MessageDigest pictures = MessageDigest.getInstance("SHA-256");
        MessageDigest sound = MessageDigest.getInstance("SHA-256");
        int count = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            for (Frame f; (f = grabber.grab()) != null; ) {
                if (f.image != null) {
                    count++;
                    ByteBuffer pixels = ((ByteBuffer) f.image[0]).duplicate();
                    for (int y = 0; y < f.imageHeight; y++) {
                        pictures.update(pixels.slice(y * f.imageStride, f.imageWidth * f.imageChannels));
                    }
                }
                if (f.samples != null) {
                    for (Buffer channel : f.samples) {
                        update(sound, channel);
                    }
                }
            }
        }
        return new Decoded(count, HexFormat.of().formatHex(pictures.digest()), HexFormat.of().formatHex(sound.digest()));
    }

    private static void update(MessageDigest digest, Buffer samples) {
        if (samples instanceof ShortBuffer shorts) {
            ShortBuffer copy = shorts.duplicate();
            ByteBuffer bytes = ByteBuffer.allocate(copy.remaining() * 2);
            bytes.asShortBuffer().put(copy);
            digest.update(bytes);
        } else if (samples instanceof java.nio.FloatBuffer floats) {
            java.nio.FloatBuffer copy = floats.duplicate();
            ByteBuffer bytes = ByteBuffer.allocate(copy.remaining() * 4);
            bytes.asFloatBuffer().put(copy);
            digest.update(bytes);
        }
    }
}
