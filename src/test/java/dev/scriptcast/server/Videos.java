package dev.scriptcast.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** What a player gets out of a served video: its pictures, the colour of the first one's centre, its sound. */
record Videos(int frames, int width, int height, int[] centreRgb, int audioSamples) {
    static Videos decode(Path video) throws IOException {
        int frames = 0;
        int samples = 0;
        int[] centre = null;
        int width = 0;
        int height = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            for (Frame f; (f = grabber.grab()) != null; ) {
                if (f.image != null) {
                    if (frames++ == 0) {
                        width = f.imageWidth;
                        height = f.imageHeight;
                        centre = pixel(f, f.imageWidth / 2, f.imageHeight / 2);
                    }
                }
                if (f.samples != null) {
                    samples += f.samples[0].remaining();
                }
            }
            grabber.stop();
        }
        return new Videos(frames, width, height, centre, samples);
    }

    /** RGB of one pixel; the grabber gives BGR rows padded to its stride. */
    private static int[] pixel(Frame f, int x, int y) {
        ByteBuffer b = (ByteBuffer) f.image[0];
        int at = y * f.imageStride + x * f.imageChannels;
        return new int[] {b.get(at + 2) & 0xFF, b.get(at + 1) & 0xFF, b.get(at) & 0xFF};
    }
}
