import java.io.File;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Saves the frame of VIDEO shown at SECONDS as a PNG: java ... bench/GrabFrame.java VIDEO SECONDS OUT.png */
public class GrabFrame {
    public static void main(String[] args) throws Exception {
        try (FFmpegFrameGrabber in = new FFmpegFrameGrabber(args[0]);
             Java2DFrameConverter toImage = new Java2DFrameConverter()) {
            in.start();
            in.setTimestamp((long) (Double.parseDouble(args[1]) * 1_000_000));
            ImageIO.write(toImage.convert(in.grabImage()), "png", new File(args[2]));
            in.stop();
        }
    }
}
