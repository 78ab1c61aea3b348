package dev.scriptcast.visual;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.regex.Pattern;

import dev.scriptcast.compose.Layer;
import dev.scriptcast.compose.Sprite;
import dev.scriptcast.compose.VideoFormat;
import dev.scriptcast.base.InputException;
import dev.scriptcast.base.InputFiles;

/** Builds the background layer from {@code background.source}. */
public final class Backgrounds {
    public static final String DEFAULT = "gradient";
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final int GRADIENT_TOP = 0x1B2A4A;
    private static final int GRADIENT_BOTTOM = 0x3A1F4F;

    private Backgrounds() {}

    /** "gradient" | "#RRGGBB" | path to an image (cover-fit, EXIF orientation) or a video (looped). */
    public static Layer create(String source, VideoFormat fmt) {
        return open(source, fmt, false).layer();
    }

    /** The file {@code source} names, if it names one rather than the gradient or a colour. */
    public static Optional<Path> file(String source) {
        String s = source == null || source.isBlank() ? DEFAULT : source.strip();
        return s.equalsIgnoreCase(DEFAULT) || s.startsWith("#") ? Optional.empty()
                : Optional.of(Path.of(s));
    }

    /** Like {@link #create} with optional Ken Burns motion for images, and what was chosen and why. */
    public static Background open(String source, VideoFormat fmt, boolean kenBurns) {
        return open(source, fmt, kenBurns, Thread.ofPlatform().daemon().name("background-decode-", 1).factory());
    }

    /** As {@link #open(String, VideoFormat, boolean)}; a video is decoded ahead on threads of {@code decodeThreads}. */
    public static Background open(String source, VideoFormat fmt, boolean kenBurns, ThreadFactory decodeThreads) {
        String s = source == null || source.isBlank() ? DEFAULT : source.strip();
        if (s.equalsIgnoreCase(DEFAULT)) {
            return new Background(new StillBackground("background gradient",
                    gradient(fmt, GRADIENT_TOP, GRADIENT_BOTTOM)), still("gradient", s));
        }
        if (s.startsWith("#")) {
            if (!HEX.matcher(s).matches()) {
                throw new InputException("background: unknown colour '" + s + "' (use #RRGGBB)");
            }
            return new Background(new StillBackground("background " + s,
                    solid(fmt, Integer.parseInt(s.substring(1), 16))), still("colour", s));
        }
        Path path = Path.of(s);
        InputFiles.refuseFolderOrDevice(path, "background " + s);
        if (!Files.isRegularFile(path)) {
            throw new InputException("background: no such file '" + s + "' (use gradient, #RRGGBB or a path)");
        }
        if (VideoBackgrounds.looksLikeVideo(path)) {
            return VideoBackgrounds.open(path, fmt, decodeThreads);
        }
        Sprite picture = ImageFit.read(path, fmt, kenBurns ? KenBurnsBackground.ZOOM : 1.0);
        if (picture == null) {
            return VideoBackgrounds.open(path, fmt, decodeThreads);
        }
        Layer layer = kenBurns ? new KenBurnsBackground(picture, fmt)
                : new StillBackground("background image " + path.getFileName(), picture);
        return new Background(layer, new BackgroundInfo("image", s, null, kenBurns ? "ken burns pan" : "still"));
    }

    private static BackgroundInfo still(String kind, String source) {
        return new BackgroundInfo(kind, source, null, "drawn once");
    }

    static Sprite solid(VideoFormat fmt, int rgb) {
        int[] px = new int[fmt.width() * fmt.height()];
        Arrays.fill(px, 0xFF000000 | rgb);
        return new Sprite(px, fmt.width(), fmt.height());
    }

    /** A diagonal two-colour gradient, computed once. */
    static Sprite gradient(VideoFormat fmt, int from, int to) {
        int w = fmt.width();
        int h = fmt.height();
        int[] px = new int[w * h];
        double span = w + h - 2.0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                px[y * w + x] = mix(from, to, (x + y) / span);
            }
        }
        return new Sprite(px, w, h);
    }

    static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return 0xFF000000 | r << 16 | g << 8 | bl;
    }
}
